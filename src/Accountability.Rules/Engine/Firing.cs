using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>One firing of a rule in a session, in the order it happened.</summary>
/// <param name="Sequence">1 for the first firing of the session.</param>
/// <param name="Rule">The rule.</param>
/// <param name="Matched">The facts it matched, patterns first, then aggregated facts.</param>
/// <param name="Asserted">The facts it asserted (a fact already held is listed too: it gained a derivation).</param>
/// <remarks>Equality is structural: equal members, the rule by value and the facts item by item, each by reference (a fact is an identity in its session).</remarks>
public sealed record Firing(int Sequence, RuleDefinition Rule, ImmutableArray<Fact> Matched, ImmutableArray<Fact> Asserted)
{
    /// <inheritdoc />
    public bool Equals(Firing? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Sequence == other.Sequence
            && Rule == other.Rule
            && StructuralEquality.Equal(Matched, other.Matched)
            && StructuralEquality.Equal(Asserted, other.Asserted));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sequence, Rule, StructuralEquality.Hash(Matched), StructuralEquality.Hash(Asserted));
}
