using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>
/// A firing whose conditions stopped holding (a fact it matched was retracted, or a negation or
/// aggregate changed), so the facts only it supported were retracted.
/// </summary>
/// <param name="AfterFiring">The number of firings made before the withdrawal.</param>
/// <param name="Rule">The rule of the withdrawn firing.</param>
/// <param name="Firing">The sequence number of the withdrawn firing.</param>
/// <param name="Retracted">The derived facts that lost their last derivation.</param>
/// <remarks>Equality is structural: equal members, the rule by value and the facts item by item, each by reference (a fact is an identity in its session).</remarks>
public sealed record Withdrawal(int AfterFiring, RuleDefinition Rule, int Firing, ImmutableArray<Fact> Retracted)
{
    /// <inheritdoc />
    public bool Equals(Withdrawal? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && AfterFiring == other.AfterFiring
            && Rule == other.Rule
            && Firing == other.Firing
            && StructuralEquality.Equal(Retracted, other.Retracted));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AfterFiring, Rule, Firing, StructuralEquality.Hash(Retracted));
}
