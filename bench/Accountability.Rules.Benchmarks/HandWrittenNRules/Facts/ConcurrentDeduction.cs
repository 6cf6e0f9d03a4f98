namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A salary deduction from another procedure (input).</summary>
internal sealed class ConcurrentDeduction(string person, string source, string pay, decimal percent)
{
    public string Person { get; } = person;
    public string Source { get; } = source;
    public string Pay { get; } = pay;
    public decimal Percent { get; } = percent;
}
