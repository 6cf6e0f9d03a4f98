namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A factor that applies to a person.</summary>
internal sealed class FactorFinding(string person, string factor, string direction, string terms)
{
    public string Person { get; } = person;
    public string Factor { get; } = factor;
    public string Direction { get; } = direction;
    public string Terms { get; } = terms;
}
