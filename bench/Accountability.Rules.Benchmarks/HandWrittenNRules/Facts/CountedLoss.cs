namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A loss component counted in the asset loss.</summary>
internal sealed class CountedLoss(string loss, decimal amount, string kind)
{
    public string Loss { get; } = loss;
    public decimal Amount { get; } = amount;
    public string Kind { get; } = kind;
}
