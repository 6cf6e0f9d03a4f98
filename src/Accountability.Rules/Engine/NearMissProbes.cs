using System.Collections.Immutable;
using Accountability.Rules.Calendars;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>
/// The rules whose near misses can be told: those that match one fact (a single pattern), with each
/// top-level conjunct of the pattern's condition compiled on its own by the expression compiler both
/// engines share. Built once per compiled ruleset, on first use (explanations only). Immutable.
/// </summary>
internal sealed class NearMissProbes
{
    private readonly ImmutableArray<Probe> _probes;

    public NearMissProbes(RuleSetDefinition definition, FactCatalog catalog, WorkingDayCalendar? calendar)
    {
        var probes = ImmutableArray.CreateBuilder<Probe>();
        foreach (var rule in definition.Rules)
        {
            if (rule.Conditions is not [PatternElement { Condition: { } condition } pattern] || !catalog.TryGet(pattern.FactType, out var schema))
            {
                continue;
            }

            var scope = new Dictionary<string, AliasBinding>(StringComparer.Ordinal) { [pattern.Alias] = AliasBinding.ForFact(0, schema) };
            var failed = false;
            var compiler = new ExpressionCompiler(scope, (_, _) => failed = true, calendar, inCondition: true);
            var conjuncts = ConditionConstraints.Conjuncts(condition)
                .Select(c => new Conjunct(compiler.Compile(c).Evaluate, Threshold.Of(c, pattern.Alias)))
                .ToImmutableArray();
            if (!failed && conjuncts.Any(c => c.Threshold is not null))
            {
                probes.Add(new Probe(rule, schema.Name, conjuncts));
            }
        }

        _probes = probes.ToImmutable();
    }

    /// <summary>
    /// The near misses among the rules that did not fire: for each such rule and each fact of its
    /// pattern's type, the one threshold conjunct that failed when every other conjunct held.
    /// </summary>
    public IEnumerable<(RuleDefinition Rule, Fact Fact, Threshold Threshold, Value Actual)> Find(IReadOnlySet<string> fired, Func<string, FactList> factsOf)
    {
        var context = new MatchContext(1);
        foreach (var probe in _probes)
        {
            if (fired.Contains(probe.Rule.Id))
            {
                continue;
            }

            var facts = factsOf(probe.FactType);
            for (var i = 0; i < facts.Length; i++)
            {
                var fact = facts[i];
                context.Facts[0] = fact;
                Conjunct? failing = null;
                var failures = 0;
                foreach (var conjunct in probe.Conjuncts)
                {
                    var value = conjunct.Evaluate(context, null);
                    if (value.Kind != ValueKind.Boolean || !value.AsBoolean)
                    {
                        failures++;
                        failing = conjunct;
                    }
                }

                if (failures == 1 && failing!.Threshold is { } threshold && !fact[threshold.Field].IsNull)
                {
                    yield return (probe.Rule, fact, threshold, fact[threshold.Field]);
                }
            }
        }
    }

    private sealed record Probe(RuleDefinition Rule, string FactType, ImmutableArray<Conjunct> Conjuncts);

    private sealed record Conjunct(Evaluator Evaluate, Threshold? Threshold);
}

/// <summary>A conjunct that compares a field of the matched fact with a constant by order, read as <c>field op constant</c>.</summary>
internal sealed record Threshold(string Field, ComparisonOperator Operator, Value Constant)
{
    public static Threshold? Of(ExpressionElement conjunct, string alias) => conjunct switch
    {
        ComparisonExpression { Operator: var op, Left: FieldExpression f, Right: ConstantExpression k } when Ordering(op) && f.Alias == alias && !k.Value.IsNull
            => new(f.Field, op, k.Value),
        ComparisonExpression { Operator: var op, Left: ConstantExpression k, Right: FieldExpression f } when Ordering(op) && f.Alias == alias && !k.Value.IsNull
            => new(f.Field, Mirror(op), k.Value),
        _ => null,
    };

    private static bool Ordering(ComparisonOperator op) => op is ComparisonOperator.LessThan or ComparisonOperator.LessThanOrEqual or ComparisonOperator.GreaterThan or ComparisonOperator.GreaterThanOrEqual;

    private static ComparisonOperator Mirror(ComparisonOperator op) => op switch
    {
        ComparisonOperator.LessThan => ComparisonOperator.GreaterThan,
        ComparisonOperator.LessThanOrEqual => ComparisonOperator.GreaterThanOrEqual,
        ComparisonOperator.GreaterThan => ComparisonOperator.LessThan,
        _ => ComparisonOperator.LessThanOrEqual,
    };
}
