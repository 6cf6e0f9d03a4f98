using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 19: the tier the amount criterion gives.</summary>
[Priority(80)]
public sealed class AmountCriterionRule : Rule
{
    public override void Define()
    {
        LossTotal total = null!;
        When().Match(() => total);
        Then().Yield(_ => YibinTables.AmountCriterion(total.Amount));
    }
}
