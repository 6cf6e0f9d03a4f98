namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>An aggravating or mitigating factor, or a ground that excludes tolerance (input).</summary>
internal sealed class Factor(string code, string? person)
{
    public string Code { get; } = code;
    public string? Person { get; } = person;
}
