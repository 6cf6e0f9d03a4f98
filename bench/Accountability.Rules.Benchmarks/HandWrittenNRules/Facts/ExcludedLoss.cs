namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A loss component not counted.</summary>
internal sealed class ExcludedLoss(string loss, decimal amount, string reason)
{
    public string Loss { get; } = loss;
    public decimal Amount { get; } = amount;
    public string Reason { get; } = reason;
}
