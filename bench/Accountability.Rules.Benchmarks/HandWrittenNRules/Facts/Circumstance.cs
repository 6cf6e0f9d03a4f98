namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A circumstance of the matter (input).</summary>
internal sealed class Circumstance(string code)
{
    public string Code { get; } = code;
}
