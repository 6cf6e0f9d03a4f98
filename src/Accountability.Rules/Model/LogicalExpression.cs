using System.Collections.Immutable;

namespace Accountability.Rules.Model;

/// <summary>All (<c>and</c>) or any (<c>or</c>) of several boolean expressions.</summary>
/// <param name="All">True for <c>and</c>, false for <c>or</c>.</param>
/// <param name="Operands">The operands, evaluated left to right with short-circuit.</param>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record LogicalExpression(bool All, ImmutableArray<ExpressionElement> Operands) : ExpressionElement
{
    /// <inheritdoc />
    public override string ToString() => "(" + string.Join(All ? " and " : " or ", Operands) + ")";

    /// <inheritdoc />
    public bool Equals(LogicalExpression? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && All == other.All
            && StructuralEquality.Equal(Operands, other.Operands));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(All, StructuralEquality.Hash(Operands));
}
