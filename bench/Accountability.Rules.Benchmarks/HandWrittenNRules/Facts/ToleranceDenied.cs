namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A ground that excludes tolerance for a person.</summary>
internal sealed class ToleranceDenied(string person, string ground)
{
    public string Person { get; } = person;
    public string Ground { get; } = ground;
}
