using System.Globalization;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Tests.TestAssets;
using FsCheck;
using FsCheck.Xunit;

namespace Accountability.Rules.Tests.Properties;

/// <summary>
/// Under yibin-2020 (Art. 19), a larger loss or a larger share of total assets never gives a lower
/// tier: checked on generated amounts (0 to 30 million, across both amount thresholds) and assets
/// (10 thousand to 300 million, across both ratio thresholds), on the suite's engine.
/// </summary>
public sealed class TierMonotonicityProperties
{
    [Property(MaxTest = 150, EndSize = 30_000)]
    public bool Tier_LargerAmount_NeverLower(NonNegativeInt first, NonNegativeInt second)
    {
        var (smaller, larger) = Ordered(first.Get, second.Get);

        // Assets large enough that the ratio criterion stays out of the way: the amount decides.
        return Rank(smaller * 1_000m, 1_000_000_000_000m) <= Rank(larger * 1_000m, 1_000_000_000_000m);
    }

    [Property(MaxTest = 150, EndSize = 30_000)]
    public bool Tier_SmallerAssets_NeverLower(NonNegativeInt first, NonNegativeInt second)
    {
        var (smaller, larger) = Ordered(first.Get, second.Get);

        // A loss below every amount threshold: the share of total assets decides.
        return Rank(500_000m, (smaller + 1) * 10_000m) >= Rank(500_000m, (larger + 1) * 10_000m);
    }

    private static (decimal Smaller, decimal Larger) Ordered(int a, int b) => a <= b ? (a, b) : (b, a);

    private static int Rank(decimal amount, decimal assets)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $$"""
            ruleset: yibin-2020
            decidedOn: 2024-06-28
            enterprise: { id: E1, level: subsidiary, priorYearEndTotalAssets: {{assets}} }
            losses:
              - { id: L1, amount: {{amount}}, kind: direct, assessedByIntermediary: false }
            """);
        var loaded = CaseLoader.Load(text, "case.yaml");
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Errors));
        var ruleSet = CaseLoader.Resolve(loaded.Value, RuleSetCatalog.Bundled).Value!;
        return CaseEvaluator.Evaluate(TestEngine.Of(ruleSet), loaded.Value.Facts, loaded.Value.DecidedOn).LossSeverity.TierRank;
    }
}
