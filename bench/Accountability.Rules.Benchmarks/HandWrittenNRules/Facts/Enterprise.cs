namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>The enterprise of the case (input).</summary>
internal sealed class Enterprise(string? level, decimal? priorYearEndTotalAssets)
{
    public string? Level { get; } = level;
    public decimal? PriorYearEndTotalAssets { get; } = priorYearEndTotalAssets;
}
