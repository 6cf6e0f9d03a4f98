using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Baotou;

/// <summary>十一: major matters are reported one by one (一事一报告).</summary>
public sealed class BaotouMatterReportTest(BaotouRuleSet ruleSet) : IClassFixture<BaotouRuleSet>
{
    [Theory]
    [InlineData("major-matter")]
    [InlineData("important-situation")]
    [InlineData("major-risk")]
    [InlineData("violation")]
    public void Matter_Reported_DutyMet(string kind)
    {
        var session = ruleSet.Session().MajorMatter("M1", kind, report: "R1");

        var duty = session.One("matterReportDuty");
        Assert.Equal("M1", duty["matter"].AsText);
        Assert.Equal(kind, duty["kind"].AsText);
        Assert.True(duty["reported"].AsBoolean);
        Assert.Equal(["11-matter-reported"], session.RuleIds(duty));
        Assert.Equal(["one-report-per-matter"], session.PolicyIds(duty));
    }

    [Fact]
    public void Matter_NotReported_DutyOpen()
    {
        var session = ruleSet.Session().MajorMatter("M1");

        var duty = session.One("matterReportDuty");
        Assert.False(duty["reported"].AsBoolean);
        Assert.Equal(["11-matter-not-reported"], session.RuleIds(duty));
    }

    [Fact]
    public void Report_CoveringTwoMatters_IsFlaggedForEachPair()
    {
        var session = ruleSet.Session().MajorMatter("M1", report: "R1").MajorMatter("M2", report: "R1").MajorMatter("M3", report: "R2");

        var combined = session.Query("combinedMatterReport");
        Assert.Equal(2, combined.Length);
        Assert.All(combined, c => Assert.Equal("R1", c["report"].AsText));
        Assert.Equal(["M1>M2", "M2>M1"], combined.Select(c => c["matter"].AsText + ">" + c["otherMatter"].AsText).Order(StringComparer.Ordinal));
        Assert.Equal(["11-combined-report"], session.RuleIds("combinedMatterReport"));
    }

    [Fact]
    public void Report_OneMatterEach_NothingFlagged()
    {
        var session = ruleSet.Session().MajorMatter("M1", report: "R1").MajorMatter("M2", report: "R2").MajorMatter("M3");

        Assert.Empty(session.Query("combinedMatterReport"));
        Assert.Equal(3, session.Query("matterReportDuty").Length);
    }
}
