using NodaTime;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>An organisational measure decided for a person (input).</summary>
internal sealed class Decision(string person, string measure, LocalDate on)
{
    public string Person { get; } = person;
    public string Measure { get; } = measure;
    public LocalDate On { get; } = on;
}
