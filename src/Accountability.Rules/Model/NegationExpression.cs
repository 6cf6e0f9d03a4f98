namespace Accountability.Rules.Model;

/// <summary>The negation of a boolean expression.</summary>
/// <param name="Operand">The operand.</param>
public sealed record NegationExpression(ExpressionElement Operand) : ExpressionElement
{
    /// <inheritdoc />
    public override string ToString() => $"not {Operand}";
}
