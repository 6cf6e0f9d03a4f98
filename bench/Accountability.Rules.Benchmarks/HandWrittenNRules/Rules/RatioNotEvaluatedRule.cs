using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 19(2): without the prior-year-end total assets the ratio criterion is not evaluated.</summary>
[Priority(85)]
public sealed class RatioNotEvaluatedRule : Rule
{
    public override void Define()
    {
        When().Match<LossTotal>(t => t.AssetRatioPercent == null);
        Then().Yield(_ => new Note("lossSeverity", YibinTables.RatioNotEvaluatedNote));
    }
}
