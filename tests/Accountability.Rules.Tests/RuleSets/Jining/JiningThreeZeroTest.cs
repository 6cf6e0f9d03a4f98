using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Jining;

/// <summary>二(三)1, 二(三)3, 三(二): enterprises and subsidiaries with zero reports, investigations and accountability (三零).</summary>
public sealed class JiningThreeZeroTest(JiningRuleSet ruleSet) : IClassFixture<JiningRuleSet>
{
    [Fact]
    public void Enterprise_AllThreeZero_IsAFocusOfTheSasac()
    {
        var session = ruleSet.Session().CompanyYear(2023, reports: 0, investigations: 0, accountabilities: 0);

        var fact = session.One("threeZero");
        Assert.Equal("enterprise", fact["level"].AsText);
        Assert.Equal(2023m, fact["year"].AsNumber);
        Assert.Contains("重点关注", fact["duty"].AsText, StringComparison.Ordinal);
        Assert.Equal(["3-2-three-zero-enterprise"], session.RuleIds(fact));
    }

    [Theory]
    [InlineData(1, 0, 0)]
    [InlineData(0, 1, 0)]
    [InlineData(0, 0, 1)]
    public void Enterprise_AnyFigureNotZero_IsNotThreeZero(int reports, int investigations, int accountabilities)
    {
        Assert.Empty(ruleSet.Session().CompanyYear(2023, reports, investigations, accountabilities).Query("threeZero"));
    }

    [Fact]
    public void Subsidiary_ThreeZeroWithoutProblemsReflected_MechanismReviewedButNotEscalated()
    {
        var session = ruleSet.Session().SubsidiaryYear("S1", 2023, 0, 0, 0, problemsReflected: false);

        var fact = session.One("threeZero");
        Assert.Equal("S1", fact["entity"].AsText);
        Assert.Equal("subsidiary", fact["level"].AsText);
        Assert.False(fact["problemsReflected"].AsBoolean);
        Assert.Contains("倒查工作机制", fact["duty"].AsText, StringComparison.Ordinal);
        Assert.Equal(["2-3-3-three-zero-subsidiary"], session.RuleIds(fact));
        Assert.Empty(session.Query("escalationTrigger"));
    }

    [Fact]
    public void Subsidiary_ThreeZeroWithProblemsReflected_EnterpriseSupervisesOrEscalates()
    {
        var session = ruleSet.Session().SubsidiaryYear("S1", 2023, 0, 0, 0, problemsReflected: true);

        Assert.Single(session.Query("threeZero"));
        var trigger = session.One("escalationTrigger");
        Assert.Equal("S1", trigger["subject"].AsText);
        Assert.Equal("three-zero", trigger["ground"].AsText);
        Assert.Equal("enterprise", trigger["escalatedBy"].AsText);
        Assert.Contains("督办或提级查办", trigger["terms"].AsText, StringComparison.Ordinal);
        Assert.Equal(["2-3-1-three-zero-subsidiary-escalation"], session.RuleIds(trigger));
    }

    [Theory]
    [InlineData(1, 0, 0)]
    [InlineData(0, 1, 0)]
    [InlineData(0, 0, 1)]
    public void Subsidiary_AnyFigureNotZero_NeitherThreeZeroNorEscalated(int reports, int investigations, int accountabilities)
    {
        var session = ruleSet.Session().SubsidiaryYear("S1", 2023, reports, investigations, accountabilities, problemsReflected: true);

        Assert.Empty(session.Query("threeZero"));
        Assert.Empty(session.Query("escalationTrigger"));
    }
}
