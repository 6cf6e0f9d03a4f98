using System.Collections.Immutable;

namespace Accountability.Rules.Model;

/// <summary>All (<c>and</c>) or any (<c>or</c>) of several boolean expressions.</summary>
/// <param name="All">True for <c>and</c>, false for <c>or</c>.</param>
/// <param name="Operands">The operands, evaluated left to right with short-circuit.</param>
public sealed record LogicalExpression(bool All, ImmutableArray<ExpressionElement> Operands) : ExpressionElement
{
    /// <inheritdoc />
    public override string ToString() => "(" + string.Join(All ? " and " : " or ", Operands) + ")";
}
