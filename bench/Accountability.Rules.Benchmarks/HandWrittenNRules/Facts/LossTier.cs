namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>The loss tier of the matter.</summary>
internal sealed class LossTier(string tier, int rank)
{
    public string Tier { get; } = tier;
    public int Rank { get; } = rank;
}
