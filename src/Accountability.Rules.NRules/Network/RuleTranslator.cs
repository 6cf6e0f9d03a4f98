using System.Collections.Immutable;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
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
    private static readonly MethodInfo IsOfType = Method(nameof(ConditionBridge.IsOfType), typeof(RuleSetFact), typeof(FactSchema));
    private static readonly MethodInfo Fire = typeof(ActionBridge).GetMethod(nameof(ActionBridge.Fire))!;

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
            var own = Expression.Parameter(type, Name("f", element.FactSlot));
            var ownRead = new SlotRead(element.FactSlot, false);
            scope[ownRead] = own;
            switch (element.Kind)
            {
                case ElementKind.Pattern:
                    Conditions(lhs.Pattern(type, own.Name), schema, own, element, scope);
                    arguments.Add(new MatchArgument(element.FactSlot, false));
                    declarations.Add(own);
                    break;

                case ElementKind.Not:
                    Conditions(lhs.Not().Pattern(type, own.Name), schema, own, element, scope);
                    scope.Remove(ownRead);
                    break;

                default:
                    var value = Expression.Parameter(typeof(AggregateValue), Name("a", element.ValueSlot));
                    var aggregate = lhs.Pattern(typeof(AggregateValue), value.Name).Aggregate();
                    aggregate.Aggregator(SumCountAggregatorFactory.NameOf(element.Function, element.FieldIndex), [], typeof(SumCountAggregatorFactory));
                    Conditions(aggregate.Pattern(type, own.Name), schema, own, element, scope);
                    scope.Remove(ownRead);
                    scope[new SlotRead(element.ValueSlot, true)] = value;
                    arguments.Add(new MatchArgument(element.ValueSlot, true));
                    declarations.Add(value);
                    break;
            }
        }

        var translated = new TranslatedRule(rule, arguments.ToImmutable());
        var context = Expression.Parameter(typeof(IContext), "context");
        var action = Expression.Lambda(
            Expression.Call(Fire, context, Expression.Constant(translated), Expression.NewArrayInit(typeof(object), declarations.Select(d => Expression.Convert(d, typeof(object))))),
            [context, .. declarations]);
        builder.RightHandSide().Action(action, ActionTrigger.Activated | ActionTrigger.Reactivated);
        return (builder.Build(), translated);
    }

    private static void Conditions(PatternBuilder pattern, FactSchema schema, ParameterExpression own, CompiledElement element, Dictionary<SlotRead, ParameterExpression> scope)
    {
        if (own.Type == typeof(CatalogFact))
        {
            pattern.Condition(Expression.Lambda(Expression.Call(IsOfType, own, Expression.Constant(schema)), own));
        }

        foreach (var part in element.Parts)
        {
            var parameters = part.Reads.Select(read => scope[read]).ToArray();
            var arguments = parameters.Select(p => (Expression)Expression.Convert(p, typeof(object))).ToArray();
            var call = arguments.Length < HoldsByArity.Length
                ? Expression.Call(HoldsByArity[arguments.Length], [Expression.Constant(part), .. arguments])
                : Expression.Call(HoldsMany, Expression.Constant(part), Expression.NewArrayInit(typeof(object), arguments));

            // A part that reads no alias is constant; NRules needs a condition to name a declaration.
            pattern.Condition(Expression.Lambda(call, parameters.Length == 0 ? [own] : parameters));
        }
    }

    private static string Name(string prefix, int slot) => prefix + slot.ToString(CultureInfo.InvariantCulture);

    private static MethodInfo Method(string name, params Type[] parameters) =>
        typeof(ConditionBridge).GetMethod(name, parameters) ?? throw new InvalidOperationException($"No such method. Method={name}");
}
