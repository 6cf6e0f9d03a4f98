using Accountability.Rules.Facts;

namespace Accountability.Rules.Model;

/// <summary>A literal value.</summary>
/// <param name="Value">The value.</param>
public sealed record ConstantExpression(Value Value) : ExpressionElement
{
    /// <inheritdoc />
    public override string ToString() => Value.Kind == ValueKind.Text ? $"'{Value}'" : Value.ToString();
}
