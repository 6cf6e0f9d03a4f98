namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A remark the result carries.</summary>
internal sealed class Note(string? subject, string text)
{
    public string? Subject { get; } = subject;
    public string Text { get; } = text;
}
