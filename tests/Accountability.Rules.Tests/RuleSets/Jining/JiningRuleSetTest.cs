using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.DutySession;

namespace Accountability.Rules.Tests.RuleSets.Jining;

/// <summary>The Jining ruleset as a whole: identity, period in force, calendar, citations and the rules the tests pin.</summary>
public sealed class JiningRuleSetTest(JiningRuleSet ruleSet) : IClassFixture<JiningRuleSet>
{
    [Fact]
    public void Header_InForceFrom2023_ByTheIssueYearPolicy()
    {
        var definition = ruleSet.Definition;

        Assert.Equal("jining-2023", definition.Id);
        Assert.Equal(Date("2023-01-01"), definition.InForceFrom);
        Assert.Null(definition.InForceTo);
        Assert.NotNull(definition.FindPolicy("in-force-from-issue-year"));
        Assert.Equal("cn-mainland-holidays", definition.CalendarId);
        Assert.Equal("济国资综合〔2023〕3号", Assert.Single(definition.Documents).Number);
    }

    [Fact]
    public void Rules_EveryRuleCitesTheNotice_AndEveryPolicyNamedExists()
    {
        foreach (var rule in ruleSet.Definition.Rules)
        {
            Assert.Equal("jining-2023", rule.Citation.DocumentId);
            Assert.Matches(@"^[一二三]\([一二三四]\)\d?$", rule.Citation.Article);
            Assert.True(rule.PolicyId is null || ruleSet.Definition.FindPolicy(rule.PolicyId) is not null, rule.Id);
        }
    }

    [Fact]
    public void Rules_AreExactlyThoseTheTestsPin()
    {
        string[] pinned =
        [
            "2-1-3-disciplined-not-held-accountable", "2-1-3-left-post", "2-1-3-responsible-left-post",
            "2-2-1-closed-without-rectification", "2-2-1-follow-up",
            "2-2-2-clue-without-investigation-date", "2-2-2-clue-year-not-stated", "2-2-2-typical-case-minimum", "2-2-2-typical-case-shortfall",
            "2-3-1-escalation", "2-3-1-full-process-supervision", "2-3-1-ground-without-clue", "2-3-1-three-zero-subsidiary-escalation",
            "2-3-3-three-zero-subsidiary",
            "3-2-annual-report-due", "3-2-late-annual-report", "3-2-overdue-annual-report", "3-2-three-zero-enterprise",
            "subsidiary-year-before-the-notice", "year-before-the-notice",
        ];

        Assert.Equal(pinned, ruleSet.Definition.Rules.Select(r => r.Id).Order(StringComparer.Ordinal));
    }
}
