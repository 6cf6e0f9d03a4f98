using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.YibinSession;

namespace Accountability.Rules.Tests.RuleSets.Yibin;

/// <summary>Art. 19: the loss tiers, each boundary at, just below and just above (以上 inclusive, 以下 exclusive, Art. 19 ¶3).</summary>
public sealed class YibinLossTierTest(YibinRuleSet ruleSet) : IClassFixture<YibinRuleSet>
{
    // Large enough that no amount below 20,000,000 reaches 1% (ratio criterion silent).
    private const decimal HugeAssets = 10_000_000_000m;

    [Theory]
    [InlineData("0.01", "general")]
    [InlineData("999999.99", "general")]
    [InlineData("1000000", "larger")]
    [InlineData("1000000.01", "larger")]
    [InlineData("9999999.99", "larger")]
    [InlineData("10000000", "major")]
    [InlineData("10000000.01", "major")]
    public void Tier_ByAmount_FollowsArt19(string amount, string tier)
    {
        var session = ruleSet.Session().Matter(Amount(amount), HugeAssets);

        Assert.Equal(tier, session.Tier);
    }

    [Fact]
    public void Tier_AmountJustBelowOneMillion_IsGeneral() =>
        Assert.Equal("general", ruleSet.Session().Matter(999_999.99m, HugeAssets).Tier);

    [Fact]
    public void Tier_AmountAtOneMillion_IsLarger() =>
        Assert.Equal("larger", ruleSet.Session().Matter(1_000_000m, HugeAssets).Tier);

    [Fact]
    public void Tier_AmountAtTenMillion_IsMajor() =>
        Assert.Equal("major", ruleSet.Session().Matter(10_000_000m, HugeAssets).Tier);

    [Theory]
    [InlineData("999999.99", "general")]
    [InlineData("1000000", "larger")]
    [InlineData("1000000.01", "larger")]
    [InlineData("9999999.99", "larger")]
    [InlineData("10000000", "major")]
    [InlineData("10000000.01", "major")]
    public void TierCriterion_ByAmount_NamesTheAmountCriterion(string amount, string tier)
    {
        var session = ruleSet.Session().Matter(Amount(amount), HugeAssets);

        var criterion = session.One("tierCriterion");
        Assert.Equal(tier, criterion["tier"].AsText);
        Assert.Equal("amount", criterion["criterion"].AsText);
    }

    // Assets of 10,000,000: an amount of 100,000 is exactly 1%, 300,000 exactly 3%. All amounts
    // here are below 1,000,000, so the amount criterion alone would give general.
    [Theory]
    [InlineData("99000", "general")]    // 0.99%
    [InlineData("100000", "larger")]    // 1%
    [InlineData("101000", "larger")]    // 1.01%
    [InlineData("299000", "larger")]    // 2.99%
    [InlineData("300000", "major")]     // 3%
    [InlineData("301000", "major")]     // 3.01%
    public void Tier_ByAssetRatio_FollowsArt19(string amount, string tier)
    {
        var session = ruleSet.Session().Matter(Amount(amount), 10_000_000m);

        Assert.Equal(tier, session.Tier);
    }

    [Theory]
    [InlineData("99000", null)]
    [InlineData("100000", "larger")]
    [InlineData("101000", "larger")]
    [InlineData("299000", "larger")]
    [InlineData("300000", "major")]
    [InlineData("301000", "major")]
    public void TierCriterion_ByAssetRatio_NamesTheRatioCriterion(string amount, string? tier)
    {
        var session = ruleSet.Session().Matter(Amount(amount), 10_000_000m);

        var ratio = session.Query("tierCriterion", "criterion", "assetRatio");
        if (tier is null)
        {
            Assert.Empty(ratio);
        }
        else
        {
            Assert.Equal(tier, Assert.Single(ratio)["tier"].AsText);
        }
    }

    [Theory]
    [InlineData("100000", "10000000", "1")]
    [InlineData("299000", "10000000", "2.99")]
    [InlineData("500000", "20000000", "2.5")]
    public void LossTotal_WithAssets_CarriesTheRatio(string amount, string assets, string percent)
    {
        var total = ruleSet.Session().Matter(Amount(amount), Amount(assets)).One("lossTotal");

        Assert.Equal(Amount(amount), total["amount"].AsNumber);
        Assert.Equal(Amount(assets), total["assets"].AsNumber);
        Assert.Equal(Amount(percent), total["assetRatioPercent"].AsNumber);
    }

    [Fact]
    public void Tier_RatioJustBelowOnePercent_IsGeneral() =>
        Assert.Equal("general", ruleSet.Session().Matter(99_000m, 10_000_000m).Tier);

    [Fact]
    public void Tier_RatioAtThreePercent_IsMajor() =>
        Assert.Equal("major", ruleSet.Session().Matter(300_000m, 10_000_000m).Tier);

    // highest-tier-any-criterion: the criteria disagree, the highest wins.
    [Theory]
    [InlineData("500000", "10000000", "major")]      // amount general, ratio 5% major
    [InlineData("500000", "25000000", "larger")]     // amount general, ratio 2% larger
    [InlineData("5000000", "125000000", "major")]    // amount larger, ratio 4% major
    [InlineData("5000000", "1000000000", "larger")]  // amount larger, ratio 0.5% none
    [InlineData("15000000", "1000000000", "major")]  // amount major, ratio 1.5% larger
    [InlineData("20000000", "10000000000", "major")] // amount major, ratio 0.2% none
    public void Tier_CriteriaDisagree_IsTheHighest(string amount, string assets, string tier)
    {
        var session = ruleSet.Session().Matter(Amount(amount), Amount(assets));

        Assert.Equal(tier, session.Tier);
        Assert.Single(session.Query("lossTier"));
    }

    [Fact]
    public void Tier_AmountGeneralRatioMajor_IsMajor() =>
        Assert.Equal("major", ruleSet.Session().Matter(500_000m, 10_000_000m).Tier);

    [Fact]
    public void Tier_AssetsUnknown_NotesThatTheRatioWasNotEvaluated()
    {
        var session = ruleSet.Session().Matter(500_000m);

        Assert.Equal("general", session.Tier);
        var total = session.One("lossTotal");
        Assert.True(total["assets"].IsNull);
        Assert.True(total["assetRatioPercent"].IsNull);
        Assert.Contains(
            "prior-year-end total assets unknown: the asset-ratio criterion of Art. 19 was not evaluated; the tier may be higher",
            session.Notes("lossSeverity"));
        Assert.Contains("art19-ratio-not-evaluated", session.RuleIds("note"));
    }

    [Fact]
    public void Tier_AssetsZero_SaysTheRatioCannotBeComputedNotThatAssetsAreUnknown()
    {
        var session = ruleSet.Session().Matter(500_000m, 0m);

        var total = session.One("lossTotal");
        Assert.Equal(0m, total["assets"].AsNumber);
        Assert.True(total["assetRatioPercent"].IsNull);
        Assert.Contains("art19-ratio-not-computable", session.RuleIds("note"));
        Assert.DoesNotContain("art19-ratio-not-evaluated", session.RuleIds("note"));
        Assert.Contains(
            "prior-year-end total assets stated as 0: the share of total assets cannot be computed, so the asset-ratio criterion of Art. 19 was not evaluated; the tier may be higher",
            session.Notes("lossSeverity"));
        Assert.DoesNotContain(session.Notes("lossSeverity"), n => n.Contains("unknown", StringComparison.Ordinal));
    }

    // The note "the tier may be higher" is wrong when the tier is already the highest.
    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void Tier_AlreadyMajorByAmount_NoNoteThatTheTierMayBeHigher(int? assets)
    {
        var session = assets is null ? ruleSet.Session().Matter(10_000_000m) : ruleSet.Session().Matter(10_000_000m, assets.Value);

        Assert.Equal("major", session.Tier);
        Assert.DoesNotContain(session.Notes("lossSeverity"), n => n.Contains("may be higher", StringComparison.Ordinal));
    }

    [Fact]
    public void Tier_AlreadyMajorWithAnUnassessedContingentLoss_NoNoteThatTheTierMayBeHigher()
    {
        var session = ruleSet.Session().Enterprise(1_000_000_000m).Loss(12_000_000m).Loss(400_000m, "contingent", assessedByIntermediary: false);

        Assert.Equal("major", session.Tier);
        Assert.Contains("a contingent loss not assessed by an intermediary is not counted (Art. 21)", session.Notes("lossSeverity"));
        Assert.DoesNotContain(session.Notes("lossSeverity"), n => n.Contains("may be higher", StringComparison.Ordinal));
    }

    [Fact]
    public void Tier_LargerWithAnUnassessedContingentLoss_MayBeHigher()
    {
        var session = ruleSet.Session().Enterprise(1_000_000_000m).Loss(2_000_000m).Loss(400_000m, "contingent", assessedByIntermediary: false);

        Assert.Equal("larger", session.Tier);
        var note = session.One("note", "text", "the tier may be higher once the contingent loss is assessed by an intermediary (Art. 21)");
        Assert.Equal(["art21-tier-may-be-higher"], session.RuleIds(note));
    }

    [Fact]
    public void Tier_AssetsKnown_NoRatioNote()
    {
        var session = ruleSet.Session().Matter(500_000m, 100_000_000m);

        Assert.DoesNotContain("art19-ratio-not-evaluated", session.RuleIds("note"));
        Assert.Empty(session.Notes("lossSeverity"));
    }

    [Fact]
    public void Tier_AssetsUnknownAmountAtTenMillion_IsStillMajor() =>
        Assert.Equal("major", ruleSet.Session().Matter(10_000_000m).Tier);
}
