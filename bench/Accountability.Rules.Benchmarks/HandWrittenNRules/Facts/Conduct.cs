namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A conduct code stated for a person (input).</summary>
internal sealed class Conduct(string person, string code)
{
    public string Person { get; } = person;
    public string Code { get; } = code;
}
