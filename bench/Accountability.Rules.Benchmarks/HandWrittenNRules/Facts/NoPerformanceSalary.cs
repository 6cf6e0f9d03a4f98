namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A person no longer drawing performance salary from the enterprise (input).</summary>
internal sealed class NoPerformanceSalary(string person)
{
    public string Person { get; } = person;
}
