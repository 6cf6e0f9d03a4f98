using NodaTime;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A restriction that follows from a measure or a discipline sanction.</summary>
internal sealed class Restriction(string person, string kind, string measure, LocalDate on, LocalDate lastDay, string source)
{
    public string Person { get; } = person;
    public string Kind { get; } = kind;
    public string Measure { get; } = measure;
    public LocalDate On { get; } = on;
    public LocalDate LastDay { get; } = lastDay;
    public string Source { get; } = source;
}
