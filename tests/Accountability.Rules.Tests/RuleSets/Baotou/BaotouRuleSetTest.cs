using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.DutySession;

namespace Accountability.Rules.Tests.RuleSets.Baotou;

/// <summary>The Baotou ruleset as a whole: identity, period in force, calendar, citations and the rules the tests pin.</summary>
public sealed class BaotouRuleSetTest(BaotouRuleSet ruleSet) : IClassFixture<BaotouRuleSet>
{
    [Fact]
    public void Header_InForceFrom2017_ByTheIssueYearPolicy()
    {
        var definition = ruleSet.Definition;

        Assert.Equal("baotou-2017", definition.Id);
        Assert.Equal(Date("2017-01-01"), definition.InForceFrom);
        Assert.Null(definition.InForceTo);
        Assert.NotNull(definition.FindPolicy("in-force-from-issue-year"));
        Assert.Equal("cn-mainland-holidays", definition.CalendarId);
        Assert.Equal("包府办发〔2017〕3号", Assert.Single(definition.Documents).Number);
    }

    [Fact]
    public void Rules_EveryRuleCitesTheOpinion_AndEveryPolicyNamedExists()
    {
        foreach (var rule in ruleSet.Definition.Rules)
        {
            Assert.Equal("baotou-2017", rule.Citation.DocumentId);
            Assert.Contains(rule.Citation.Article, new[] { "十一", "十六" });
            Assert.True(rule.PolicyId is null || ruleSet.Definition.FindPolicy(rule.PolicyId) is not null, rule.Id);
        }
    }

    [Fact]
    public void Rules_AreExactlyThoseTheTestsPin()
    {
        string[] pinned =
        [
            "11-combined-report", "11-matter-not-reported", "11-matter-reported",
            "16-annual-deadline", "16-budget-deadline", "16-confidentiality-review", "16-confidentiality-review-not-stated",
            "16-deadline-before-in-force", "16-disclosure-year-not-stated", "16-late", "16-mid-year-deadline", "16-overdue",
        ];

        Assert.Equal(pinned, ruleSet.Definition.Rules.Select(r => r.Id).Order(StringComparer.Ordinal));
    }
}
