namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// A deduction range of pay as a <c>sanction</c> fact states it: a minimum and a maximum
/// percentage, and whether the maximum itself is excluded.
/// </summary>
/// <param name="MinPercent">The lowest deduction (0 when the text only gives a maximum).</param>
/// <param name="MaxPercent">The highest deduction (100 when the text only gives a minimum).</param>
/// <param name="MaxExclusive">Whether the maximum is excluded (以下 read as exclusive).</param>
internal sealed record PayRange(decimal MinPercent, decimal MaxPercent, bool MaxExclusive)
{
    /// <summary>The pay range of a percentage range; <c>null</c> when its lower bound is exclusive.</summary>
    public static PayRange? From(ValueRange range) =>
        range.Lower is { Inclusive: false }
            ? null
            : new PayRange(range.Lower?.Value ?? 0m, range.Upper?.Value ?? 100m, range.Upper is { Inclusive: false });
}
