using System.Collections.Immutable;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A row of the Art. 28 sanction table for one tier and responsibility.</summary>
internal sealed record SanctionRow(
    string Tier,
    string Responsibility,
    ImmutableArray<string> Measures,
    decimal? SalaryMinPercent,
    decimal? SalaryMaxPercent,
    bool SalaryMaxExclusive,
    decimal? TermIncentiveMinPercent,
    decimal? TermIncentiveMaxPercent,
    bool SalaryDeferred,
    string? LongTermIncentives,
    bool NonePrescribed);
