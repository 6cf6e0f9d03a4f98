using System.Collections.Immutable;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Suites;

/// <summary>
/// Which rules of one ruleset the cases run under it fired. A table expands into one rule per row
/// (and criterion), each with the row's id and article, so the rules also cover the tables' rows.
/// </summary>
public sealed class RuleSetCoverage
{
    private RuleSetCoverage(RuleSetDefinition ruleSet, int cases, ImmutableArray<RuleDefinition> notFired)
    {
        RuleSet = ruleSet;
        Cases = cases;
        NotFired = notFired;
    }

    /// <summary>The ruleset (its effective definition, overlays applied).</summary>
    public RuleSetDefinition RuleSet { get; }

    /// <summary>How many cases ran under it.</summary>
    public int Cases { get; }

    /// <summary>How many rules it has.</summary>
    public int Rules => RuleSet.Rules.Length;

    /// <summary>The rules no case fired, in the ruleset's order.</summary>
    public ImmutableArray<RuleDefinition> NotFired { get; }

    /// <summary>How many rules some case fired.</summary>
    public int Fired => Rules - NotFired.Length;

    /// <summary>The coverage of every ruleset the outcomes' cases ran under, by ruleset id and version.</summary>
    /// <param name="outcomes">The outcomes of the cases run.</param>
    /// <returns>One entry per ruleset (and version), by id and version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcomes"/> is <c>null</c>.</exception>
    public static ImmutableArray<RuleSetCoverage> Of(IEnumerable<TestCaseOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return [.. outcomes
            .GroupBy(o => o.Case.Resolved.RuleSet, ReferenceEqualityComparer.Instance)
            .Select(g =>
            {
                var ruleSet = (CompiledRuleSet)g.Key!;
                var fired = g.SelectMany(o => o.RulesFired).ToImmutableHashSet(StringComparer.Ordinal);
                return new RuleSetCoverage(ruleSet.Definition, g.Count(), [.. ruleSet.Definition.Rules.Where(r => !fired.Contains(r.Id))]);
            })
            .OrderBy(c => c.RuleSet.Id, StringComparer.Ordinal)
            .ThenBy(c => c.RuleSet.Version, StringComparer.Ordinal)];
    }
}
