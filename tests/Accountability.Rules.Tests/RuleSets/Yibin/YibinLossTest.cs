using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Yibin;

/// <summary>Art. 18 and Art. 21: which loss components count, and how they add up (matter-aggregation).</summary>
public sealed class YibinLossTest(YibinRuleSet ruleSet) : IClassFixture<YibinRuleSet>
{
    [Theory]
    [InlineData("direct")]
    [InlineData("indirect")]
    public void Loss_DirectOrIndirect_IsCounted(string kind)
    {
        var session = ruleSet.Session().Enterprise(1_000_000_000m).Loss(250_000m, kind);

        var counted = session.One("countedLoss");
        Assert.Equal("L1", counted["loss"].AsText);
        Assert.Equal(250_000m, counted["amount"].AsNumber);
        Assert.Equal(kind, counted["kind"].AsText);
        Assert.Equal(["art18-direct-indirect"], session.RuleIds(counted));
    }

    [Fact]
    public void Loss_DirectAndIndirect_AddUpToOneMatter()
    {
        var session = ruleSet.Session().Enterprise(1_000_000_000m).Loss(600_000m, "direct").Loss(400_000m, "indirect");

        Assert.Equal(1_000_000m, session.One("lossTotal")["amount"].AsNumber);
        Assert.Equal("larger", session.Tier);
        Assert.Contains("art18-loss-total", session.RuleIds("lossTotal"));
    }

    [Fact]
    public void Loss_ContingentAssessedByIntermediary_IsCounted()
    {
        var session = ruleSet.Session().Enterprise(1_000_000_000m).Loss(600_000m).Loss(400_000m, "contingent", assessedByIntermediary: true);

        var contingent = session.One("countedLoss", "kind", "contingent");
        Assert.Equal(["art21-contingent-assessed"], session.RuleIds(contingent));
        Assert.Equal(1_000_000m, session.One("lossTotal")["amount"].AsNumber);
        Assert.Equal("larger", session.Tier);
        Assert.Empty(session.Query("excludedLoss"));
    }

    [Fact]
    public void Loss_ContingentNotAssessed_IsExcludedWithANote()
    {
        var session = ruleSet.Session().Enterprise(1_000_000_000m).Loss(600_000m).Loss(400_000m, "contingent", assessedByIntermediary: false);

        var excluded = session.One("excludedLoss");
        Assert.Equal("L2", excluded["loss"].AsText);
        Assert.Equal(400_000m, excluded["amount"].AsNumber);
        Assert.Contains("Art. 21", excluded["reason"].AsText, StringComparison.Ordinal);
        Assert.Empty(session.Query("countedLoss", "kind", "contingent"));
        Assert.Equal(600_000m, session.One("lossTotal")["amount"].AsNumber);
        Assert.Equal("general", session.Tier);
        Assert.Contains("art21-contingent-unassessed", session.RuleIds("note"));
        Assert.Contains(session.Notes("lossSeverity"), n => n.Contains("contingent", StringComparison.Ordinal));
    }

    [Fact]
    public void Loss_NoComponents_TotalIsZeroAndGeneral()
    {
        var session = ruleSet.Session().Enterprise(1_000_000_000m);

        Assert.Equal(0m, session.One("lossTotal")["amount"].AsNumber);
        Assert.Equal("general", session.Tier);
    }
}
