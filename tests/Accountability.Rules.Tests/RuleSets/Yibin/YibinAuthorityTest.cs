using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Yibin;

/// <summary>Art. 36 (the SASAC handles) and Art. 37 (the enterprise handles the rest).</summary>
public sealed class YibinAuthorityTest(YibinRuleSet ruleSet) : IClassFixture<YibinRuleSet>
{
    private const decimal Assets = 10_000_000_000m;
    private const decimal General = 500_000m;
    private const decimal Larger = 5_000_000m;
    private const decimal Major = 20_000_000m;

    [Fact]
    public void Authority_MajorLoss_IsSasac()
    {
        var session = ruleSet.Session().Matter(Major, Assets, "subsidiary").Person("P1", responsibility: "direct");

        var authority = session.One("authority");
        Assert.Equal("sasac", authority["authority"].AsText);
        Assert.Contains("重大资产损失", authority["reason"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art36-major"], session.RuleIds(authority));
    }

    [Fact]
    public void Authority_LargerLossWithSevereConsequences_IsSasac()
    {
        var session = ruleSet.Session().Matter(Larger, Assets, "subsidiary").Circumstance("severe-consequences");

        var authority = session.One("authority");
        Assert.Equal("sasac", authority["authority"].AsText);
        Assert.Equal(["art36-larger-severe"], session.RuleIds(authority));
    }

    [Fact]
    public void Authority_LargerLossWithoutSevereConsequences_IsEnterprise()
    {
        var session = ruleSet.Session().Matter(Larger, Assets, "subsidiary").Person("P1", responsibility: "direct");

        var authority = session.One("authority");
        Assert.Equal("enterprise", authority["authority"].AsText);
        Assert.Equal(["art37-enterprise"], session.RuleIds(authority));
    }

    [Fact]
    public void Authority_GeneralLossWithSevereConsequences_IsEnterprise()
    {
        var session = ruleSet.Session().Matter(General, Assets, "subsidiary").Circumstance("severe-consequences");

        Assert.Equal("enterprise", session.One("authority")["authority"].AsText);
        Assert.Equal(["art37-enterprise"], session.RuleIds("authority"));
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

    [Theory]
    [InlineData("principal-head")]
    [InlineData("enterprise-head")]
    public void Authority_SubsidiaryHead_IsEnterprise(string role)
    {
        var session = ruleSet.Session().Matter(General, Assets, "subsidiary").Person("P1", role: role, responsibility: "direct");

        Assert.Equal("enterprise", session.One("authority")["authority"].AsText);
        Assert.Equal(["art37-enterprise"], session.RuleIds("authority"));
    }

    [Fact]
    public void Authority_GroupEnterpriseManagerOnly_IsEnterprise()
    {
        var session = ruleSet.Session().Matter(General, Assets, "group").Person("P1", responsibility: "direct");

        Assert.Equal("enterprise", session.One("authority")["authority"].AsText);
        Assert.Equal(["art37-enterprise"], session.RuleIds("authority"));
    }

    [Fact]
    public void Authority_GroupLargerNoHead_IsEnterprise()
    {
        var session = ruleSet.Session().Matter(Larger, Assets, "group").Person("P1", responsibility: "direct");

        Assert.Equal("enterprise", session.One("authority")["authority"].AsText);
        Assert.Equal(["art37-enterprise"], session.RuleIds("authority"));
    }

    [Fact]
    public void Authority_EnterpriseLevelUnknownWithHead_EnterpriseAndANote()
    {
        var session = ruleSet.Session().Matter(General, Assets).Person("P1", role: "principal-head", responsibility: "leadership");

        Assert.Equal("enterprise", session.One("authority")["authority"].AsText);
        var note = Assert.Single(session.Query("note", "subject", "authority"));
        Assert.Contains("not evaluated", note["text"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art36-enterprise-level-unknown"], session.RuleIds(note));
    }

    [Fact]
    public void Authority_EnterpriseLevelUnknownNoHead_NoNote()
    {
        var session = ruleSet.Session().Matter(General, Assets).Person("P1", responsibility: "direct");

        Assert.Equal("enterprise", session.One("authority")["authority"].AsText);
        Assert.Empty(session.Query("note", "subject", "authority"));
    }

    [Fact]
    public void Authority_SasacTakesItOnDirectly_IsSasac()
    {
        var session = ruleSet.Session().Matter(General, Assets, "subsidiary").Circumstance("sasac-direct");

        var authority = session.One("authority");
        Assert.Equal("sasac", authority["authority"].AsText);
        Assert.Equal(["art36-sasac-direct"], session.RuleIds(authority));
    }

    [Fact]
    public void Authority_SeveralSasacGrounds_OneFactPerReasonAndNoEnterprise()
    {
        var session = ruleSet.Session().Matter(Major, Assets, "group").Person("P1", role: "principal-head").Circumstance("sasac-direct");

        Assert.Equal(3, session.Query("authority", "authority", "sasac").Length);
        Assert.Empty(session.Query("authority", "authority", "enterprise"));
    }

    [Fact]
    public void Authority_NoEnterpriseFact_IsEnterprise()
    {
        var session = ruleSet.Session().Person("P1", responsibility: "direct");

        Assert.Equal("enterprise", session.One("authority")["authority"].AsText);
        Assert.Equal(["art37-enterprise"], session.RuleIds("authority"));
    }
}
