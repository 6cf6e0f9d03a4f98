using System.Collections.Immutable;

namespace Accountability.Rules.Model;

/// <summary>Whether a value equals one of several, or (for a text list) contains a text.</summary>
/// <param name="Operand">The value tested.</param>
/// <param name="Items">The candidates.</param>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record MembershipExpression(ExpressionElement Operand, ImmutableArray<ExpressionElement> Items) : ExpressionElement
{
    /// <inheritdoc />
    public override string ToString() => $"{Operand} in [{string.Join(", ", Items)}]";

    /// <inheritdoc />
    public bool Equals(MembershipExpression? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Operand == other.Operand
            && StructuralEquality.Equal(Items, other.Items));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Operand, StructuralEquality.Hash(Items));
}
