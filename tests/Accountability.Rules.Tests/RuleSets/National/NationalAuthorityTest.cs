using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.National;

/// <summary>六(二): who handles the matter, by tier and by the circumstances that give it to the supervising body.</summary>
public sealed class NationalAuthorityTest(NationalRuleSet ruleSet) : IClassFixture<NationalRuleSet>
{
    private YibinSession Classified(string tier) => ruleSet.Session().Matter(1m).Circumstance("classified-" + tier);

    [Fact]
    public void Authority_GeneralLoss_IsTheEnterpriseItself()
    {
        var session = Classified("general");

        var authority = session.One("authority");
        Assert.Equal("enterprise", authority["authority"].AsText);
        Assert.Contains("一般财产损失由本企业", authority["reason"].AsText, StringComparison.Ordinal);
        Assert.Equal(["n6-2-general"], session.RuleIds(authority));
    }

    [Fact]
    public void Authority_GeneralLossTakenOn_IsTheSuperiorOrTheSupervisingBody()
    {
        var session = Classified("general").Circumstance("superior-direct");

        var authority = session.One("authority");
        Assert.Equal("superior-or-supervising-body", authority["authority"].AsText);
        Assert.Equal(["n6-2-superior-direct"], session.RuleIds(authority));
    }

    [Theory]
    [InlineData("larger")]
    [InlineData("major")]
    public void Authority_LargerOrMajorLoss_IsTheSuperiorOrTheSupervisingBody(string tier)
    {
        var session = Classified(tier);

        var authority = session.One("authority");
        Assert.Equal("superior-or-supervising-body", authority["authority"].AsText);
        Assert.Equal(["n6-2-larger-major"], session.RuleIds(authority));
    }

    [Theory]
    [InlineData("general", "repeated-major-losses")]
    [InlineData("larger", "other-severe-effects")]
    [InlineData("major", "especially-large-endangering")]
    [InlineData("major", "repeated-major-losses")]
    [InlineData("general", "superior-direct,especially-large-endangering")]
    public void Authority_SupervisingBodyCircumstance_IsTheSupervisingBodyAlone(string tier, string circumstances)
    {
        var session = Classified(tier);
        foreach (var code in circumstances.Split(','))
        {
            session.Circumstance(code);
        }

        var authority = session.One("authority");
        Assert.Equal("supervising-body", authority["authority"].AsText);
        Assert.Contains("履行出资人职责的机构开展", authority["reason"].AsText, StringComparison.Ordinal);
        Assert.Equal(["n6-2-supervising-body"], session.RuleIds(authority));
    }

    [Fact]
    public void Authority_SupervisingBodyCircumstanceWithoutTier_IsTheSupervisingBody() =>
        Assert.Equal("supervising-body", ruleSet.Session().Matter(1m).Circumstance("repeated-major-losses").One("authority")["authority"].AsText);

    [Fact]
    public void Authority_NoTier_NotDeterminedAndNoted()
    {
        var session = ruleSet.Session().Matter(40_000_000m);

        Assert.Empty(session.Query("authority"));
        var note = Assert.Single(session.Notes("authority"));
        Assert.Contains("六(二)", note, StringComparison.Ordinal);
        Assert.Equal(["n6-2-no-tier"], session.RuleIds(session.One("note", "subject", "authority")));
    }
}
