using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.NRules.Facts;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Accountability.Rules.NRules.Network;

/// <summary>
/// Translates a compiled rule into an NRules rule through the <c>NRules.RuleModel</c> builders:
/// a pattern per pattern element over the fact type's own class, <c>not</c> for a negation, an
/// aggregate with an incremental sum or count, one NRules condition per conjunct of the rule's
/// condition (so that a conjunct reading only its own fact is a filter on that type alone), and one
/// action that asserts the rule's facts through the session's state. Conditions and actions call
/// the compiled engine's evaluators: the value semantics live in one place.
/// <para>
/// The lambdas' parameters are typed <see cref="object"/> (NRules binds a parameter to its
/// declaration by name, and the bridges take objects), so that each lambda's delegate type is a
/// <see cref="Func{T, TResult}"/> or <see cref="Action{T1, T2}"/> over <see cref="object"/> named in
/// this code: the lambda is built without making a generic type at run time, which a Native AOT
/// build cannot do for the generated fact classes.
/// </para>
/// </summary>
internal static class RuleTranslator
{
    private static readonly MethodInfo[] HoldsByArity =
    [
        Method(nameof(ConditionBridge.Holds), typeof(ConditionPart)),
        Method(nameof(ConditionBridge.Holds), typeof(ConditionPart), typeof(object)),
        Method(nameof(ConditionBridge.Holds), typeof(ConditionPart), typeof(object), typeof(object)),
        Method(nameof(ConditionBridge.Holds), typeof(ConditionPart), typeof(object), typeof(object), typeof(object)),
    ];

    private static readonly MethodInfo HoldsMany = Method(nameof(ConditionBridge.Holds), typeof(ConditionPart), typeof(object[]));
    private static readonly MethodInfo IsOfType = Method(nameof(ConditionBridge.IsOfType), typeof(object), typeof(FactSchema));
    private static readonly MethodInfo Fire = typeof(ActionBridge).GetMethod(nameof(ActionBridge.Fire))!;

    // NRules makes the aggregator factory with Activator.CreateInstance.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor, typeof(SumCountAggregatorFactory))]
    public static (IRuleDefinition Definition, TranslatedRule Rule) Translate(CompiledRule rule, FactCatalog catalog, int priority)
    {
        var builder = new RuleBuilder();
        builder.Name(rule.Definition.Id);
        builder.Description(rule.Definition.Title);
        builder.Priority(priority);
        var lhs = builder.LeftHandSide();
        var scope = new Dictionary<SlotRead, ParameterExpression>();
        var arguments = ImmutableArray.CreateBuilder<MatchArgument>();
        var declarations = new List<ParameterExpression>();
        foreach (var element in rule.Elements)
        {
            var schema = catalog.Types[element.TypeOrdinal];
            var type = RuleSetFact.TypeOf(schema);
            var own = Expression.Parameter(typeof(object), Name("f", element.FactSlot));
            var ownRead = new SlotRead(element.FactSlot, false);
            scope[ownRead] = own;
            switch (element.Kind)
            {
                case ElementKind.Pattern:
                    Conditions(lhs.Pattern(type, own.Name), type, schema, own, element, scope);
                    arguments.Add(new MatchArgument(element.FactSlot, false));
                    declarations.Add(own);
                    break;

                case ElementKind.Not:
                    Conditions(lhs.Not().Pattern(type, own.Name), type, schema, own, element, scope);
                    scope.Remove(ownRead);
                    break;

                default:
                    var value = Expression.Parameter(typeof(object), Name("a", element.ValueSlot));
                    var aggregate = lhs.Pattern(typeof(AggregateValue), value.Name).Aggregate();
                    aggregate.Aggregator(SumCountAggregatorFactory.NameOf(element.Function, element.FieldIndex), [], typeof(SumCountAggregatorFactory));
                    Conditions(aggregate.Pattern(type, own.Name), type, schema, own, element, scope);
                    scope.Remove(ownRead);
                    scope[new SlotRead(element.ValueSlot, true)] = value;
                    arguments.Add(new MatchArgument(element.ValueSlot, true));
                    declarations.Add(value);
                    break;
            }
        }

        var translated = new TranslatedRule(rule, arguments.ToImmutable());
        var context = Expression.Parameter(typeof(IContext), "context");
        var fire = Expression.Call(Fire, context, Expression.Constant(translated), ObjectArray(declarations));
        builder.RightHandSide().Action(Action(fire, [context, .. declarations]), ActionTrigger.Activated | ActionTrigger.Reactivated);
        return (builder.Build(), translated);
    }

    private static void Conditions(PatternBuilder pattern, Type type, FactSchema schema, ParameterExpression own, CompiledElement element, Dictionary<SlotRead, ParameterExpression> scope)
    {
        if (type == typeof(CatalogFact))
        {
            pattern.Condition(Condition(Expression.Call(IsOfType, own, Expression.Constant(schema)), [own]));
        }

        foreach (var part in element.Parts)
        {
            var parameters = part.Reads.Select(read => scope[read]).ToArray();
            var call = parameters.Length < HoldsByArity.Length
                ? Expression.Call(HoldsByArity[parameters.Length], [Expression.Constant(part), .. parameters])
                : Expression.Call(HoldsMany, Expression.Constant(part), ObjectArray(parameters));

            // A part that reads no alias is constant; NRules needs a condition to name a declaration.
            pattern.Condition(Condition(call, parameters.Length == 0 ? [own] : parameters));
        }
    }

    /// <summary>A condition over parameters typed <see cref="object"/>, as a lambda of a delegate type named here.</summary>
    private static LambdaExpression Condition(Expression body, ParameterExpression[] p) => p.Length switch
    {
        1 => Expression.Lambda<Func<object, bool>>(body, p),
        2 => Expression.Lambda<Func<object, object, bool>>(body, p),
        3 => Expression.Lambda<Func<object, object, object, bool>>(body, p),
        4 => Expression.Lambda<Func<object, object, object, object, bool>>(body, p),
        5 => Expression.Lambda<Func<object, object, object, object, object, bool>>(body, p),
        6 => Expression.Lambda<Func<object, object, object, object, object, object, bool>>(body, p),
        7 => Expression.Lambda<Func<object, object, object, object, object, object, object, bool>>(body, p),
        8 => Expression.Lambda<Func<object, object, object, object, object, object, object, object, bool>>(body, p),
        9 => Expression.Lambda<Func<object, object, object, object, object, object, object, object, object, bool>>(body, p),
        10 => Expression.Lambda<Func<object, object, object, object, object, object, object, object, object, object, bool>>(body, p),
        11 => Expression.Lambda<Func<object, object, object, object, object, object, object, object, object, object, object, bool>>(body, p),
        12 => Expression.Lambda<Func<object, object, object, object, object, object, object, object, object, object, object, object, bool>>(body, p),
        13 => Expression.Lambda<Func<object, object, object, object, object, object, object, object, object, object, object, object, object, bool>>(body, p),
        14 => Expression.Lambda<Func<object, object, object, object, object, object, object, object, object, object, object, object, object, object, bool>>(body, p),
        15 => Expression.Lambda<Func<object, object, object, object, object, object, object, object, object, object, object, object, object, object, object, bool>>(body, p),
        16 => Expression.Lambda<Func<object, object, object, object, object, object, object, object, object, object, object, object, object, object, object, object, bool>>(body, p),
        _ => Untyped(body, p),
    };

    /// <summary>An action over the context and parameters typed <see cref="object"/>, as a lambda of a delegate type named here.</summary>
    private static LambdaExpression Action(Expression body, ParameterExpression[] p) => p.Length switch
    {
        1 => Expression.Lambda<Action<IContext>>(body, p),
        2 => Expression.Lambda<Action<IContext, object>>(body, p),
        3 => Expression.Lambda<Action<IContext, object, object>>(body, p),
        4 => Expression.Lambda<Action<IContext, object, object, object>>(body, p),
        5 => Expression.Lambda<Action<IContext, object, object, object, object>>(body, p),
        6 => Expression.Lambda<Action<IContext, object, object, object, object, object>>(body, p),
        7 => Expression.Lambda<Action<IContext, object, object, object, object, object, object>>(body, p),
        8 => Expression.Lambda<Action<IContext, object, object, object, object, object, object, object>>(body, p),
        9 => Expression.Lambda<Action<IContext, object, object, object, object, object, object, object, object>>(body, p),
        10 => Expression.Lambda<Action<IContext, object, object, object, object, object, object, object, object, object>>(body, p),
        11 => Expression.Lambda<Action<IContext, object, object, object, object, object, object, object, object, object, object>>(body, p),
        12 => Expression.Lambda<Action<IContext, object, object, object, object, object, object, object, object, object, object, object>>(body, p),
        13 => Expression.Lambda<Action<IContext, object, object, object, object, object, object, object, object, object, object, object, object>>(body, p),
        14 => Expression.Lambda<Action<IContext, object, object, object, object, object, object, object, object, object, object, object, object, object>>(body, p),
        15 => Expression.Lambda<Action<IContext, object, object, object, object, object, object, object, object, object, object, object, object, object, object>>(body, p),
        16 => Expression.Lambda<Action<IContext, object, object, object, object, object, object, object, object, object, object, object, object, object, object, object>>(body, p),
        _ => Untyped(body, p),
    };

    /// <summary>An <c>object[]</c> of the parameters.</summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The array type object[] is always present.")]
    private static NewArrayExpression ObjectArray(IEnumerable<Expression> items) => Expression.NewArrayInit(typeof(object), items);

    /// <summary>
    /// A lambda of more parameters than the delegate types above take (a condition that reads more than 16 facts
    /// and values, or an action of a rule that binds more than 15): its delegate type is made at run time, which a
    /// natively compiled program cannot do, so there it is refused with the reason.
    /// </summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Made only where dynamic code is supported; a natively compiled program refuses it first.")]
    private static LambdaExpression Untyped(Expression body, ParameterExpression[] p) => RuntimeFeature.IsDynamicCodeSupported
        ? Expression.Lambda(body, p)
        : throw new NotSupportedException(
            $"A rule reads {p.Length} facts and values in one condition or action; NRules in a natively compiled program takes at most 16. Run it on the compiled engine (the same results) or on a JIT-compiled build.");

    private static string Name(string prefix, int slot) => prefix + slot.ToString(CultureInfo.InvariantCulture);

    private static MethodInfo Method(string name, params Type[] parameters) =>
        typeof(ConditionBridge).GetMethod(name, parameters) ?? throw new InvalidOperationException($"No such method. Method={name}");
}
