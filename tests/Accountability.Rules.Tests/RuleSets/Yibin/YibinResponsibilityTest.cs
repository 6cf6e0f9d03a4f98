using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Yibin;

/// <summary>Art. 22-26: responsibility given by the investigation or derived from role and conduct, and the precedence policy.</summary>
public sealed class YibinResponsibilityTest(YibinRuleSet ruleSet) : IClassFixture<YibinRuleSet>
{
    private YibinSession Case() => ruleSet.Session().Matter(500_000m, 1_000_000_000m);

    [Theory]
    [InlineData("direct")]
    [InlineData("supervisory")]
    [InlineData("leadership")]
    public void Responsibility_Given_IsTakenAsGiven(string responsibility)
    {
        var session = Case().Person("P1", responsibility: responsibility);

        var found = session.One("personResponsibility");
        Assert.Equal("P1", found["person"].AsText);
        Assert.Equal(responsibility, found["responsibility"].AsText);
        Assert.Equal("given", found["basis"].AsText);
        Assert.Equal(["art22-given"], session.RuleIds(found));
    }

    [Fact]
    public void Responsibility_GivenAndConductForAnother_GivenWins()
    {
        // A principal head with conduct for direct responsibility, but the investigation found leadership.
        var session = Case()
            .Person("P1", role: "principal-head", responsibility: "leadership")
            .Conduct("P1", "art24-1")
            .Conduct("P1", "decisive-role");

        var found = session.One("personResponsibility");
        Assert.Equal("leadership", found["responsibility"].AsText);
        Assert.Equal("given", found["basis"].AsText);
        Assert.Empty(session.Query("responsibilityBasis"));
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("enterprise-head")]
    [InlineData("principal-head")]
    public void Responsibility_DecisiveRole_IsDirect(string role)
    {
        var session = Case().Person("P1", role: role).Conduct("P1", "decisive-role");

        var found = session.One("personResponsibility");
        Assert.Equal("direct", found["responsibility"].AsText);
        Assert.Equal("derived", found["basis"].AsText);
        var basis = session.One("responsibilityBasis");
        Assert.Equal(3m, basis["rank"].AsNumber);
        Assert.Equal(["art23-direct"], session.RuleIds(basis));
    }

    [Theory]
    [InlineData("principal-head", 1)]
    [InlineData("principal-head", 2)]
    [InlineData("principal-head", 3)]
    [InlineData("principal-head", 4)]
    [InlineData("principal-head", 5)]
    [InlineData("principal-head", 6)]
    [InlineData("enterprise-head", 1)]
    [InlineData("enterprise-head", 2)]
    [InlineData("enterprise-head", 3)]
    [InlineData("enterprise-head", 4)]
    [InlineData("enterprise-head", 5)]
    [InlineData("enterprise-head", 6)]
    public void Responsibility_EnterpriseHeadMeetsArt24Item_IsDirect(string role, int item)
    {
        var code = $"art24-{item}";
        var session = Case().Person("P1", role: role).Conduct("P1", code);

        var found = session.One("personResponsibility");
        Assert.Equal("direct", found["responsibility"].AsText);
        Assert.Equal("derived", found["basis"].AsText);
        Assert.Equal([code], session.RuleIds("responsibilityBasis"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Responsibility_NonHeadMeetsArt24Item_IsNotMadeDirect(int item)
    {
        var session = Case().Person("P1", role: "manager").Conduct("P1", $"art24-{item}");

        Assert.Empty(session.Query("responsibilityBasis"));
        Assert.Empty(session.Query("personResponsibility"));
        Assert.Single(session.Notes("P1"));
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("enterprise-head")]
    public void Responsibility_OversawArea_IsSupervisory(string role)
    {
        var session = Case().Person("P1", role: role).Conduct("P1", "oversaw-area");

        Assert.Equal("supervisory", session.One("personResponsibility")["responsibility"].AsText);
        var basis = session.One("responsibilityBasis");
        Assert.Equal(2m, basis["rank"].AsNumber);
        Assert.Equal(["art25-supervisory"], session.RuleIds(basis));
    }

    [Fact]
    public void Responsibility_PrincipalHeadPrincipalDuty_IsLeadership()
    {
        var session = Case().Person("P1", role: "principal-head").Conduct("P1", "principal-duty");

        Assert.Equal("leadership", session.One("personResponsibility")["responsibility"].AsText);
        var basis = session.One("responsibilityBasis");
        Assert.Equal(1m, basis["rank"].AsNumber);
        Assert.Equal(["art26-leadership"], session.RuleIds(basis));
    }

    [Theory]
    [InlineData("enterprise-head")]
    [InlineData("manager")]
    public void Responsibility_OtherRolePrincipalDuty_IsNotLeadership(string role)
    {
        var session = Case().Person("P1", role: role).Conduct("P1", "principal-duty");

        Assert.Empty(session.Query("personResponsibility"));
    }

    [Theory]
    [InlineData("principal-duty,art24-1", "direct")]
    [InlineData("principal-duty,oversaw-area", "supervisory")]
    [InlineData("oversaw-area,decisive-role", "direct")]
    [InlineData("principal-duty,oversaw-area,art24-3", "direct")]
    [InlineData("principal-duty,oversaw-area,decisive-role,art24-6", "direct")]
    public void Responsibility_SeveralGrounds_HighestPrecedenceWins(string conduct, string responsibility)
    {
        var session = Case().Person("P1", role: "principal-head");
        foreach (var code in conduct.Split(','))
        {
            session.Conduct("P1", code);
        }

        var found = session.One("personResponsibility");
        Assert.Equal(responsibility, found["responsibility"].AsText);
        Assert.Equal(["responsibility-precedence"], session.RuleIds(found));
    }

    [Fact]
    public void Responsibility_TwoGroundsOfOneType_OneResponsibility()
    {
        var session = Case().Person("P1", role: "enterprise-head").Conduct("P1", "art24-1").Conduct("P1", "decisive-role");

        Assert.Equal("direct", session.One("personResponsibility")["responsibility"].AsText);
        Assert.Single(session.Query("sanction"));
    }

    [Fact]
    public void Responsibility_OtherPersonsConduct_DoesNotCount()
    {
        var session = Case()
            .Person("P1", role: "principal-head")
            .Person("P2")
            .Conduct("P2", "oversaw-area")
            .Conduct("P1", "principal-duty");

        Assert.Equal("leadership", session.One("personResponsibility", "person", "P1")["responsibility"].AsText);
        Assert.Equal("supervisory", session.One("personResponsibility", "person", "P2")["responsibility"].AsText);
    }

    [Fact]
    public void Responsibility_NoneGivenOrDerived_IsNoted()
    {
        var session = Case().Person("P1").Person("P2", responsibility: "direct");

        var note = Assert.Single(session.Query("note", "subject", "P1"));
        Assert.Contains("no responsibility established", note["text"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art22-none"], session.RuleIds(note));
        Assert.DoesNotContain(session.Notes("P2"), n => n.Contains("no responsibility", StringComparison.Ordinal));
    }
}
