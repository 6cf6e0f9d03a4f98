using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Jining;

/// <summary>二(一)3: people sanctioned by discipline organs but not held accountable for the violation are still pursued, also after leaving their post.</summary>
public sealed class JiningPursuitTest(JiningRuleSet ruleSet) : IClassFixture<JiningRuleSet>
{
    [Fact]
    public void Disciplined_NotHeldAccountable_StillPursued()
    {
        var session = ruleSet.Session().DisciplinedPerson("P1", accountabilityPursued: false);

        var duty = session.One("pursuitDuty");
        Assert.Equal("P1", duty["person"].AsText);
        Assert.Contains("纪检监察机构认定的事实", duty["reason"].AsText, StringComparison.Ordinal);
        Assert.Equal(["2-1-3-disciplined-not-held-accountable"], session.RuleIds(duty));
    }

    [Fact]
    public void Disciplined_AlreadyHeldAccountable_NothingToPursue()
    {
        Assert.Empty(ruleSet.Session().DisciplinedPerson("P1", accountabilityPursued: true, status: "retired").Query("pursuitDuty"));
    }

    [Theory]
    [InlineData("transferred")]
    [InlineData("resigned")]
    [InlineData("retired")]
    public void Disciplined_LeftThePost_PursuedOnBothGrounds(string status)
    {
        var session = ruleSet.Session().DisciplinedPerson("P1", accountabilityPursued: false, status: status);

        var duties = session.Query("pursuitDuty");
        Assert.Equal(2, duties.Length);
        Assert.Equal(["2-1-3-disciplined-not-held-accountable", "2-1-3-left-post"], session.RuleIds("pursuitDuty"));
    }

    [Fact]
    public void Disciplined_Serving_OnlyTheFirstGround()
    {
        Assert.Single(ruleSet.Session().DisciplinedPerson("P1", accountabilityPursued: false, status: "serving").Query("pursuitDuty"));
    }
}
