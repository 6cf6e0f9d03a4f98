using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>The trace of a session: every firing and every withdrawal, in order.</summary>
/// <param name="Firings">The firings, in order.</param>
/// <param name="Withdrawals">The withdrawals, in order.</param>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record Explanation(ImmutableArray<Firing> Firings, ImmutableArray<Withdrawal> Withdrawals)
{
    /// <inheritdoc />
    public bool Equals(Explanation? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && StructuralEquality.Equal(Firings, other.Firings)
            && StructuralEquality.Equal(Withdrawals, other.Withdrawals));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StructuralEquality.Hash(Firings), StructuralEquality.Hash(Withdrawals));
}
