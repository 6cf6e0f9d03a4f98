using System.Collections.Immutable;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>What one row of the sanction matrix prescribes.</summary>
/// <param name="Measures">The measures as written.</param>
/// <param name="Salary">The deduction of the performance salary, when prescribed.</param>
/// <param name="TermIncentive">The deduction of the term incentive, when prescribed.</param>
/// <param name="SalaryDeferred">Whether salary payment is deferred.</param>
/// <param name="LongTermIncentives">What happens to long-term incentives, as written.</param>
/// <param name="NonePrescribed">Whether the text prescribes nothing for the row.</param>
internal sealed record Prescription(
    ImmutableArray<string> Measures,
    PayRange? Salary,
    PayRange? TermIncentive,
    bool SalaryDeferred,
    string? LongTermIncentives,
    bool NonePrescribed);
