using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 29: which deduction standard governs when another procedure deducts for the same event.</summary>
[Priority(20)]
public sealed class DeductionStandardRule : Rule
{
    public override void Define()
    {
        ConcurrentDeduction deduction = null!;
        Sanction sanction = null!;
        When()
            .Match(() => deduction)
            .Match(() => sanction, s => s.Person == deduction.Person && YibinTables.DeductionNote(s, deduction.Pay, deduction.Percent) != null);
        Then().Yield(_ => new DeductionStandard(deduction.Person, deduction.Source, deduction.Pay, deduction.Percent, YibinTables.DeductionNote(sanction, deduction.Pay, deduction.Percent)!));
    }
}
