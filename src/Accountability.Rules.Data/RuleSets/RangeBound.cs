namespace Accountability.Rules.Data.RuleSets;

/// <summary>One end of a range.</summary>
/// <param name="Value">The number.</param>
/// <param name="Inclusive">Whether the number itself is in the range.</param>
/// <param name="Key">How it was written: <c>min</c>, <c>max</c> or a boundary word.</param>
internal sealed record RangeBound(decimal Value, bool Inclusive, string Key);
