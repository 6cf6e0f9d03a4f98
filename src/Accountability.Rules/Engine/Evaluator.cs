using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>A compiled expression: reads bindings by slot and field index, no lookups by name.</summary>
internal delegate Value Evaluator(MatchContext context);
