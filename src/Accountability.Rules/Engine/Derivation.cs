using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>Why a derived fact holds: the rule that asserted it, its citation, and the facts it matched.</summary>
/// <param name="Rule">The rule, with its citation and policy.</param>
/// <param name="Matched">The facts the rule matched, patterns first, then aggregated facts.</param>
/// <param name="Firing">The sequence number of the firing, 1 for the first in the session.</param>
/// <remarks>Equality is structural: equal members, the rule by value and the facts item by item, each by reference (a fact is an identity in its session).</remarks>
public sealed record Derivation(RuleDefinition Rule, ImmutableArray<Fact> Matched, int Firing)
{
    /// <inheritdoc />
    public bool Equals(Derivation? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Rule == other.Rule
            && StructuralEquality.Equal(Matched, other.Matched)
            && Firing == other.Firing);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, StructuralEquality.Hash(Matched), Firing);
}
