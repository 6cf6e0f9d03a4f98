namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>The base of a person's deductions when not the determination year's salary.</summary>
internal sealed class DeductionBase(string person, string @base, string effect)
{
    public string Person { get; } = person;
    public string Base { get; } = @base;
    public string Effect { get; } = effect;
}
