using System.Collections.Immutable;

namespace Accountability.Rules.Model;

/// <summary>A call of a built-in function.</summary>
/// <param name="Function">The function.</param>
/// <param name="Arguments">The arguments.</param>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record CallExpression(BuiltInFunction Function, ImmutableArray<ExpressionElement> Arguments) : ExpressionElement
{
    /// <inheritdoc />
    public override string ToString() => $"{Function}({string.Join(", ", Arguments)})";

    /// <inheritdoc />
    public bool Equals(CallExpression? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Function == other.Function
            && StructuralEquality.Equal(Arguments, other.Arguments));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Function, StructuralEquality.Hash(Arguments));
}
