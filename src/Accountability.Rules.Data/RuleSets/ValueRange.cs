using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>A range of amounts or percentages with at least one bound.</summary>
/// <param name="Lower">The lower bound, when there is one.</param>
/// <param name="Upper">The upper bound, when there is one.</param>
/// <param name="Start">Where the range is written.</param>
internal sealed record ValueRange(RangeBound? Lower, RangeBound? Upper, SourceLocation Start);
