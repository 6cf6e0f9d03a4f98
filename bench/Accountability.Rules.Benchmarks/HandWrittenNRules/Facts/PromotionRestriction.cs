using NodaTime;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A restriction in effect after the longer-period rule.</summary>
internal sealed class PromotionRestriction(string person, string kind, string measure, LocalDate lastDay, string source)
{
    public string Person { get; } = person;
    public string Kind { get; } = kind;
    public string Measure { get; } = measure;
    public LocalDate LastDay { get; } = lastDay;
    public string Source { get; } = source;
}
