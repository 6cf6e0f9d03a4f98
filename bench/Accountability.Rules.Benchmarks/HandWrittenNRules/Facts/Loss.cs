namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A loss component (input).</summary>
internal sealed class Loss(string id, decimal amount, string kind, bool assessedByIntermediary)
{
    public string Id { get; } = id;
    public decimal Amount { get; } = amount;
    public string Kind { get; } = kind;
    public bool AssessedByIntermediary { get; } = assessedByIntermediary;
}
