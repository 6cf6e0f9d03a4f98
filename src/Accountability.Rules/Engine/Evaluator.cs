using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>A compiled expression: reads bindings by slot and field index, no lookups by name.</summary>
internal delegate Value Evaluator(MatchContext context);

/// <summary>
/// A compiled test (a comparison, a logical or membership test, a condition): whether it holds,
/// without making a boolean <see cref="Value"/>.
/// </summary>
internal delegate bool Condition(MatchContext context);
