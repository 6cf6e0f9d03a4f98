using Accountability.Rules.Data.Cases;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.Evaluation;

/// <summary>
/// Near misses: the rules a single threshold kept from firing, told with the threshold and the value
/// the case has (Yibin Art. 19's tiers by amount and by asset ratio).
/// </summary>
public sealed class NearMissTest(YibinRuleSet yibin) : IClassFixture<YibinRuleSet>
{
    private static readonly LocalDate DecidedOn = new(2024, 6, 28);

    [Fact]
    public void NearMisses_JustBelowLarger_TellTheLargerAndMajorAmountThresholds()
    {
        // Art. 19: 较大 from 1,000,000 (以上 inclusive), 重大 from 10,000,000; 999,999.99 stays general.
        var result = Evaluate(999_999.99m, assets: null);

        var larger = Assert.Single(result.NearMisses, m => m.RuleId == "lossTiers/larger/amount");
        Assert.Equal(("amount", ComparisonOperator.GreaterThanOrEqual), (larger.Field, larger.Operator));
        Assert.Equal(Value.Of(1_000_000m), larger.Threshold);
        Assert.Equal(Value.Of(999_999.99m), larger.Actual);
        Assert.Equal(new Citation("yibin-2020", "Art. 19(2)"), larger.Citation);
        Assert.Equal("amount >= 1000000", larger.Requirement);
        Assert.StartsWith("lossTotal(", larger.Fact, StringComparison.Ordinal);
        var major = Assert.Single(result.NearMisses, m => m.RuleId == "lossTiers/major/amount");
        Assert.Equal(Value.Of(10_000_000m), major.Threshold);
        Assert.DoesNotContain(result.NearMisses, m => m.RuleId == "lossTiers/general/amount");
    }

    [Fact]
    public void NearMisses_AtTheLargerBoundary_TheRuleFiresAndTheLowerTierIsTheMiss()
    {
        var result = Evaluate(1_000_000m, assets: null);

        Assert.DoesNotContain(result.NearMisses, m => m.RuleId == "lossTiers/larger/amount");
        var general = Assert.Single(result.NearMisses, m => m.RuleId == "lossTiers/general/amount");
        Assert.Equal(ComparisonOperator.LessThan, general.Operator);
        Assert.Equal(Value.Of(1_000_000m), general.Actual);
    }

    [Fact]
    public void NearMisses_RatioJustBelowMajor_TellsTheRatioThreshold()
    {
        // 2.9% of the assets: larger by ratio (1%-3%), not major (3% 以上).
        var result = Evaluate(2_900_000m, assets: 100_000_000m);

        var major = Assert.Single(result.NearMisses, m => m.RuleId == "lossTiers/major/assetRatio");
        Assert.Equal("assetRatioPercent", major.Field);
        Assert.Equal(Value.Of(3m), major.Threshold);
        Assert.Equal(Value.Of(2.9m), major.Actual);
        Assert.Equal(new Citation("yibin-2020", "Art. 19(3)"), major.Citation);
    }

    [Fact]
    public void NearMisses_WithoutTheExplanation_NoneAreLookedFor()
    {
        var result = Evaluate(999_999.99m, assets: null, explain: false);

        Assert.Empty(result.NearMisses);
        Assert.Equal("general", result.LossSeverity.Tier);
    }

    private CaseResult Evaluate(decimal amount, decimal? assets, bool explain = true)
    {
        var built = new CaseBuilder("yibin-2020", DecidedOn)
            .Enterprise(level: "subsidiary", priorYearEndTotalAssets: assets)
            .Loss("L1", amount, "direct")
            .Build();
        Assert.True(built.Succeeded, built.ToString());
        return CaseEvaluator.Evaluate(TestEngine.Of(yibin.Compiled), built.Value!.Facts, DecidedOn, new EvaluationOptions { Explain = explain });
    }
}
