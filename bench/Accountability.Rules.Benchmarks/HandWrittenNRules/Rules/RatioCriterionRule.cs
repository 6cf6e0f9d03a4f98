using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 19: the tier the asset-ratio criterion gives, when it gives one.</summary>
[Priority(80)]
public sealed class RatioCriterionRule : Rule
{
    public override void Define()
    {
        LossTotal total = null!;
        When().Match(() => total, t => YibinTables.RatioCriterion(t.AssetRatioPercent) != null);
        Then().Yield(_ => YibinTables.RatioCriterion(total.AssetRatioPercent)!);
    }
}
