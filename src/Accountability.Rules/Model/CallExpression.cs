using System.Collections.Immutable;

namespace Accountability.Rules.Model;

/// <summary>A call of a built-in function.</summary>
/// <param name="Function">The function.</param>
/// <param name="Arguments">The arguments.</param>
public sealed record CallExpression(BuiltInFunction Function, ImmutableArray<ExpressionElement> Arguments) : ExpressionElement
{
    /// <inheritdoc />
    public override string ToString() => $"{Function}({string.Join(", ", Arguments)})";
}
