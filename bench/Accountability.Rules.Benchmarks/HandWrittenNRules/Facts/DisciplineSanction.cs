using NodaTime;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A discipline sanction with its influence period (input).</summary>
internal sealed class DisciplineSanction(string person, string sanction, LocalDate on, Period influencePeriod)
{
    public string Person { get; } = person;
    public string Sanction { get; } = sanction;
    public LocalDate On { get; } = on;
    public Period InfluencePeriod { get; } = influencePeriod;
}
