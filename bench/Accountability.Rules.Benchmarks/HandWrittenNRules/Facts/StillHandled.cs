namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A person no longer in post who is still handled.</summary>
internal sealed class StillHandled(string person, string status)
{
    public string Person { get; } = person;
    public string Status { get; } = status;
}
