using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Jining;

/// <summary>二(一)3: people sanctioned by discipline organs but not held accountable for the violation are still pursued, also after leaving their post; so is every responsible person who left.</summary>
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

    // 确保对调离、离职、退休的责任人员追究到位: every responsible person, not only those a discipline
    // organ sanctioned (the old reading modelled only those).
    [Theory]
    [InlineData("transferred")]
    [InlineData("resigned")]
    [InlineData("retired")]
    public void Responsible_LeftThePostNotYetHeldAccountable_StillPursued(string status)
    {
        var session = ruleSet.Session().ResponsiblePerson("R1", accountabilityPursued: false, status: status);

        var duty = session.One("pursuitDuty");
        Assert.Equal("R1", duty["person"].AsText);
        Assert.Contains("调离、离职、退休的责任人员也要追究到位", duty["reason"].AsText, StringComparison.Ordinal);
        Assert.Equal(["2-1-3-responsible-left-post"], session.RuleIds(duty));
    }

    [Theory]
    [InlineData(false, "serving")]
    [InlineData(false, null)]
    [InlineData(true, "resigned")]
    public void Responsible_ServingOrAlreadyHeldAccountable_NothingToPursue(bool pursued, string? status) =>
        Assert.Empty(ruleSet.Session().ResponsiblePerson("R1", accountabilityPursued: pursued, status: status).Query("pursuitDuty"));
}
