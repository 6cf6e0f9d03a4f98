namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>The asset loss of the matter.</summary>
internal sealed class LossTotal(decimal amount, decimal? assets, decimal? assetRatioPercent)
{
    public decimal Amount { get; } = amount;
    public decimal? Assets { get; } = assets;
    public decimal? AssetRatioPercent { get; } = assetRatioPercent;
}
