using System.Collections.Immutable;

namespace Accountability.Rules.Model;

/// <summary>Whether a value equals one of several, or (for a text list) contains a text.</summary>
/// <param name="Operand">The value tested.</param>
/// <param name="Items">The candidates.</param>
public sealed record MembershipExpression(ExpressionElement Operand, ImmutableArray<ExpressionElement> Items) : ExpressionElement
{
    /// <inheritdoc />
    public override string ToString() => $"{Operand} in [{string.Join(", ", Items)}]";
}
