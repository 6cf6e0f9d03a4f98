using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// A compiled expression: reads bindings by slot and field index, no lookups by name. In an element's condition, the
/// element's own alias is not read from its slot but from <paramref name="candidate"/>, the fact the element is trying,
/// so that trying a fact stores nothing (see <see cref="ExpressionCompiler"/>); elsewhere the candidate is null.
/// </summary>
/// <param name="context">The bindings of the aliases in scope.</param>
/// <param name="candidate">The fact an element's condition is trying; null outside an element's condition.</param>
internal delegate Value Evaluator(MatchContext context, Fact? candidate);

/// <summary>
/// A compiled test (a comparison, a logical or membership test, a condition): whether it holds,
/// without making a boolean <see cref="Value"/>. Reads as an <see cref="Evaluator"/> does.
/// </summary>
/// <param name="context">The bindings of the aliases in scope.</param>
/// <param name="candidate">The fact an element's condition is trying; null outside an element's condition.</param>
internal delegate bool Condition(MatchContext context, Fact? candidate);
