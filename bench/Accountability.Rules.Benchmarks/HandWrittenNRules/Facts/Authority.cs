namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>Who handles the matter.</summary>
internal sealed class Authority(string name, string reason)
{
    public string Name { get; } = name;
    public string Reason { get; } = reason;
}
