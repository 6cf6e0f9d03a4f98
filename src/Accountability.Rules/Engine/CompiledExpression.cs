using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>An expression compiled to a delegate, with its inferred kind.</summary>
/// <param name="Evaluate">The delegate.</param>
/// <param name="Kind">The kind of its values (<see cref="ValueKind.Null"/> only for a literal null).</param>
/// <param name="MayBeNull">Whether it may yield the absent value.</param>
internal sealed record CompiledExpression(Evaluator Evaluate, ValueKind Kind, bool MayBeNull)
{
    /// <summary>Whether it is the literal null.</summary>
    public bool AlwaysNull => Kind == ValueKind.Null;
}
