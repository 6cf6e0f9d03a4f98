using System.Collections.Immutable;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>The sanction range prescribed for a person by tier and responsibility (a row of Art. 28).</summary>
internal sealed class Sanction(string person, SanctionRow row)
{
    public string Person { get; } = person;
    public SanctionRow Row { get; } = row;
    public string Tier => Row.Tier;
    public string Responsibility => Row.Responsibility;
    public ImmutableArray<string> Measures => Row.Measures;
    public decimal? SalaryMinPercent => Row.SalaryMinPercent;
    public decimal? SalaryMaxPercent => Row.SalaryMaxPercent;
    public bool NonePrescribed => Row.NonePrescribed;
}
