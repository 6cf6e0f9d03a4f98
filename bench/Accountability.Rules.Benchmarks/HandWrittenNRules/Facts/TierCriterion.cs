namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A tier criterion the loss meets.</summary>
internal sealed class TierCriterion(string tier, int rank, string criterion)
{
    public string Tier { get; } = tier;
    public int Rank { get; } = rank;
    public string Criterion { get; } = criterion;
}
