namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>Part of the matter handled under other rules.</summary>
internal sealed class ScopeFlag(string code, string note)
{
    public string Code { get; } = code;
    public string Note { get; } = note;
}
