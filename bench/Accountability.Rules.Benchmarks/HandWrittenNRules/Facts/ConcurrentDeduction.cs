namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A salary deduction from another procedure (input).</summary>
internal sealed class ConcurrentDeduction(string person, string source, decimal percent)
{
    public string Person { get; } = person;
    public string Source { get; } = source;
    public decimal Percent { get; } = percent;
}
