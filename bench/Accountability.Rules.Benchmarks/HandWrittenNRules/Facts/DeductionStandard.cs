namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>Which deduction standard governs with a concurrent deduction.</summary>
internal sealed class DeductionStandard(string person, string source, string pay, decimal percent, string note)
{
    public string Person { get; } = person;
    public string Source { get; } = source;
    public string Pay { get; } = pay;
    public decimal Percent { get; } = percent;
    public string Note { get; } = note;
}
