using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 19(2): without the prior-year-end total assets the ratio criterion is not evaluated.</summary>
[Priority(75)]
public sealed class RatioNotEvaluatedRule : Rule
{
    public override void Define()
    {
        When()
            .Match<LossTotal>(t => t.AssetRatioPercent == null)
            .Exists<LossTier>(t => YibinTables.BelowHighest(t));
        Then().Yield(_ => new Note("lossSeverity", YibinTables.RatioNotEvaluatedNote));
    }
}
