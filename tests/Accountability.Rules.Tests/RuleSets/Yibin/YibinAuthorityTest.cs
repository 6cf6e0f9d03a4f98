using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Yibin;

/// <summary>
/// Who handles the matter: Art. 36 (the SASAC), Art. 37(1) (a city-owned enterprise, 市属国有企业, at
/// group level) and, for a subsidiary's loss where Yibin is silent, the opinion's 六(二) (policies
/// enterprise-level and subsidiary-loss-handling).
/// </summary>
public sealed class YibinAuthorityTest(YibinRuleSet ruleSet) : IClassFixture<YibinRuleSet>
{
    private const decimal Assets = 10_000_000_000m;
    private const decimal General = 500_000m;
    private const decimal Larger = 5_000_000m;
    private const decimal Major = 20_000_000m;

    // ---- A city-owned enterprise (group level) ----------------------------------------

    [Fact]
    public void Authority_GroupMajorLoss_IsSasac()
    {
        var session = ruleSet.Session().Matter(Major, Assets, "group").Person("P1", responsibility: "direct");

        var authority = session.One("authority");
        Assert.Equal("sasac", authority["authority"].AsText);
        Assert.Contains("市属国有企业发生的重大资产损失", authority["reason"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art36-major"], session.RuleIds(authority));
    }

    [Fact]
    public void Authority_GroupLargerLossWithSevereConsequences_IsSasac()
    {
        var session = ruleSet.Session().Matter(Larger, Assets, "group").Circumstance("severe-consequences");

        var authority = session.One("authority");
        Assert.Equal("sasac", authority["authority"].AsText);
        Assert.Equal(["art36-larger-severe"], session.RuleIds(authority));
    }

    [Fact]
    public void Authority_GroupLargerLossWithoutSevereConsequences_IsTheGroup()
    {
        var session = ruleSet.Session().Matter(Larger, Assets, "group").Person("P1", responsibility: "direct");

        var authority = session.One("authority");
        Assert.Equal("group", authority["authority"].AsText);
        Assert.Equal(["art37-group"], session.RuleIds(authority));
    }

    [Fact]
    public void Authority_GroupGeneralLossWithSevereConsequences_IsTheGroup()
    {
        var session = ruleSet.Session().Matter(General, Assets, "group").Circumstance("severe-consequences");

        Assert.Equal("group", session.One("authority")["authority"].AsText);
        Assert.Equal(["art37-group"], session.RuleIds("authority"));
    }

    [Theory]
    [InlineData("principal-head")]
    [InlineData("enterprise-head")]
    public void Authority_GroupEnterpriseHeadInvolved_IsSasac(string role)
    {
        var session = ruleSet.Session().Matter(General, Assets, "group").Person("P1", role: role, responsibility: "leadership");

        var authority = session.One("authority");
        Assert.Equal("sasac", authority["authority"].AsText);
        Assert.Contains("涉及市属国有企业负责人", authority["reason"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art36-enterprise-head"], session.RuleIds(authority));
    }

    [Fact]
    public void Authority_GroupEnterpriseHeadWithoutResponsibilityYet_IsSasac()
    {
        // enterprise-level policy: jurisdiction is settled before responsibility is determined.
        var session = ruleSet.Session().Matter(General, Assets, "group").Person("P1", role: "principal-head");

        Assert.Equal("sasac", session.One("authority")["authority"].AsText);
    }

    [Fact]
    public void Authority_GroupEnterpriseManagerOnly_IsTheGroup()
    {
        var session = ruleSet.Session().Matter(General, Assets, "group").Person("P1", responsibility: "direct");

        Assert.Equal("group", session.One("authority")["authority"].AsText);
        Assert.Equal(["art37-group"], session.RuleIds("authority"));
    }

    [Fact]
    public void Authority_GroupNeverTakesOnItselfAsSuperior()
    {
        // group-direct is a superior enterprise taking on its subsidiary's loss: at group level Art. 37(1) decides.
        var session = ruleSet.Session().Matter(General, Assets, "group").Circumstance("group-direct");

        Assert.Equal(["art37-group"], session.RuleIds("authority"));
    }

    // ---- A subsidiary (所属子企业): 六(二) where Yibin is silent ---------------------------

    [Theory]
    [InlineData(5_000_000)]
    [InlineData(20_000_000)]
    public void Authority_SubsidiaryLargerOrMajorLoss_IsItsGroupNotTheSasac(int amount)
    {
        // Art. 36(2)'s 市属国有企业发生的重大资产损失 is a group-level enterprise's loss (policy enterprise-level).
        var session = ruleSet.Session().Matter(amount, Assets, "subsidiary").Person("P1", responsibility: "direct");

        var authority = session.One("authority");
        Assert.Equal("group", authority["authority"].AsText);
        Assert.Contains("上级企业", authority["reason"].AsText, StringComparison.Ordinal);
        Assert.Equal(["subsidiary-larger-major"], session.RuleIds(authority));
        Assert.Contains("subsidiary-loss-handling", session.PolicyIds(authority));
    }

    [Fact]
    public void Authority_SubsidiaryLargerLossWithSevereConsequences_IsItsGroup()
    {
        var session = ruleSet.Session().Matter(Larger, Assets, "subsidiary").Circumstance("severe-consequences");

        Assert.Equal("group", session.One("authority")["authority"].AsText);
        Assert.Equal(["subsidiary-larger-major"], session.RuleIds("authority"));
    }

    [Fact]
    public void Authority_SubsidiaryGeneralLoss_IsTheSubsidiary()
    {
        var session = ruleSet.Session().Matter(General, Assets, "subsidiary").Person("P1", responsibility: "direct");

        var authority = session.One("authority");
        Assert.Equal("subsidiary", authority["authority"].AsText);
        Assert.Equal(["subsidiary-general"], session.RuleIds(authority));
    }

    [Theory]
    [InlineData("999999.99", "subsidiary")]
    [InlineData("1000000", "group")]
    public void Authority_SubsidiaryAtTheLargerBoundary_FollowsTheTier(string amount, string expected)
    {
        // Art. 19(2): 较大 from 100万 (以上 includes the number); one cent below stays general.
        var session = ruleSet.Session().Matter(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Assets, "subsidiary");

        Assert.Equal(expected, session.One("authority")["authority"].AsText);
    }

    [Fact]
    public void Authority_GroupTakesSubsidiaryGeneralLossOnDirectly_IsTheGroup()
    {
        var session = ruleSet.Session().Matter(General, Assets, "subsidiary").Circumstance("group-direct");

        var authority = session.One("authority");
        Assert.Equal("group", authority["authority"].AsText);
        Assert.Equal(["subsidiary-group-direct"], session.RuleIds(authority));
    }

    [Theory]
    [InlineData("principal-head")]
    [InlineData("enterprise-head")]
    public void Authority_SubsidiaryHead_IsTheSubsidiary(string role)
    {
        var session = ruleSet.Session().Matter(General, Assets, "subsidiary").Person("P1", role: role, responsibility: "direct");

        Assert.Equal("subsidiary", session.One("authority")["authority"].AsText);
        Assert.Equal(["subsidiary-general"], session.RuleIds("authority"));
    }

    [Theory]
    [InlineData(500_000, "subsidiary")]
    [InlineData(20_000_000, "subsidiary")]
    [InlineData(500_000, "group")]
    [InlineData(20_000_000, "group")]
    public void Authority_SasacTakesItOnDirectly_IsSasacAtEitherLevel(int amount, string level)
    {
        var session = ruleSet.Session().Matter(amount, Assets, level).Circumstance("sasac-direct");

        Assert.Empty(session.Query("authority", "authority", "group"));
        Assert.Empty(session.Query("authority", "authority", "subsidiary"));
        Assert.Contains("art36-sasac-direct", session.RuleIds("authority"));
    }

    [Fact]
    public void Authority_SeveralSasacGrounds_OneFactPerReasonAndNoEnterprise()
    {
        var session = ruleSet.Session().Matter(Major, Assets, "group").Person("P1", role: "principal-head").Circumstance("sasac-direct");

        Assert.Equal(3, session.Query("authority", "authority", "sasac").Length);
        Assert.Equal(3, session.Query("authority").Length);
    }

    // ---- The enterprise's level not stated ----------------------------------------------

    [Fact]
    public void Authority_LevelUnknownGeneralLoss_IsTheEnterpriseWhereItOccurred()
    {
        var session = ruleSet.Session().Matter(General, Assets).Person("P1", responsibility: "direct");

        Assert.Equal("enterprise", session.One("authority")["authority"].AsText);
        Assert.Equal(["level-unknown-general"], session.RuleIds("authority"));
        Assert.Empty(session.Query("note", "subject", "authority"));
    }

    [Fact]
    public void Authority_LevelUnknownLargerLoss_IsTheGroupAtEitherLevel()
    {
        var session = ruleSet.Session().Matter(Larger, Assets).Person("P1", responsibility: "direct");

        Assert.Equal("group", session.One("authority")["authority"].AsText);
        Assert.Equal(["level-unknown-larger"], session.RuleIds("authority"));
    }

    [Fact]
    public void Authority_LevelUnknownMajorLoss_NotDeterminedWithANote()
    {
        var session = ruleSet.Session().Matter(Major, Assets).Person("P1", responsibility: "direct");

        Assert.Empty(session.Query("authority"));
        var note = Assert.Single(session.Query("note", "subject", "authority"));
        Assert.Contains("state the enterprise's level", note["text"].AsText, StringComparison.Ordinal);
        Assert.Equal(["level-unknown-major"], session.RuleIds(note));
    }

    [Fact]
    public void Authority_LevelUnknownLargerLossWithSevereConsequences_NotDeterminedWithANote()
    {
        var session = ruleSet.Session().Matter(Larger, Assets).Circumstance("severe-consequences");

        Assert.Empty(session.Query("authority"));
        var note = Assert.Single(session.Query("note", "subject", "authority"));
        Assert.Equal(["level-unknown-larger-severe"], session.RuleIds(note));
    }

    [Fact]
    public void Authority_LevelUnknownWithHead_TheEnterpriseAndANote()
    {
        var session = ruleSet.Session().Matter(General, Assets).Person("P1", role: "principal-head", responsibility: "leadership");

        Assert.Equal("enterprise", session.One("authority")["authority"].AsText);
        var note = Assert.Single(session.Query("note", "subject", "authority"));
        Assert.Contains("not evaluated", note["text"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art36-enterprise-level-unknown"], session.RuleIds(note));
    }

    [Fact]
    public void Authority_LevelUnknownGroupDirect_IsTheGroup()
    {
        // group-direct states that a superior enterprise took the case on: the enterprise is a subsidiary.
        var session = ruleSet.Session().Matter(General, Assets).Circumstance("group-direct");

        Assert.Equal("group", session.One("authority")["authority"].AsText);
        Assert.Equal(["subsidiary-group-direct"], session.RuleIds("authority"));
    }

    [Fact]
    public void Authority_NoEnterpriseFact_IsTheEnterprise()
    {
        var session = ruleSet.Session().Person("P1", responsibility: "direct");

        Assert.Equal("enterprise", session.One("authority")["authority"].AsText);
        Assert.Equal(["level-unknown-general"], session.RuleIds("authority"));
    }
}
