using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.NRules.Runtime;

/// <summary>One firing of a ruleset rule: what it matched and the derived facts it supports.</summary>
internal sealed class ActivationRecord(RuleDefinition rule, ImmutableArray<Fact> matched, int firing)
{
    public RuleDefinition Rule { get; } = rule;

    public ImmutableArray<Fact> Matched { get; } = matched;

    /// <summary>The firing's sequence number in the session, 1 for the first.</summary>
    public int Firing { get; } = firing;

    /// <summary>The derived facts it asserted, one per assert action.</summary>
    public List<DerivedEntry> Asserted { get; } = [];
}
