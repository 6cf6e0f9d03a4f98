using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.DutySession;

namespace Accountability.Rules.Tests.RuleSets.Baotou;

/// <summary>十六: late, overdue and unreviewed disclosures.</summary>
public sealed class BaotouDisclosureTest(BaotouRuleSet ruleSet) : IClassFixture<BaotouRuleSet>
{
    [Theory]
    [InlineData("budget", "2022-05-05", false)]
    [InlineData("budget", "2022-05-06", true)]
    [InlineData("annual", "2023-06-30", false)]
    [InlineData("annual", "2023-07-01", true)]
    [InlineData("mid-year", "2022-08-31", false)]
    [InlineData("mid-year", "2022-09-01", true)]
    public void Late_PublishedAfterTheLastDay_IsFlagged(string kind, string publishedOn, bool late)
    {
        var session = ruleSet.Session().Case("2023-12-31").FiscalYear(2022).Disclosure(2022, kind, publishedOn);

        var found = session.Query("lateDisclosure");
        Assert.Equal(late, !found.IsEmpty);
        if (late)
        {
            var fact = Assert.Single(found);
            Assert.Equal(kind, fact["kind"].AsText);
            Assert.Equal(Date(publishedOn), fact["publishedOn"].AsDate);
            Assert.Equal(["16-late"], session.RuleIds(fact));
        }
    }

    [Theory]
    [InlineData("2022-05-05", false)]
    [InlineData("2022-05-06", true)]
    public void Overdue_NotPublishedAndTheLastDayPassed_IsFlagged(string decidedOn, bool overdue)
    {
        var session = ruleSet.Session().Case(decidedOn).FiscalYear(2022);

        var found = session.Query("overdueDisclosure", "kind", "budget");
        Assert.Equal(overdue, !found.IsEmpty);
        if (overdue)
        {
            var fact = Assert.Single(found);
            Assert.Equal(Date(decidedOn), fact["asOf"].AsDate);
            Assert.Equal(Date("2022-05-05"), fact["lastDay"].AsDate);
            Assert.Equal(["16-overdue"], session.RuleIds(fact));
        }
    }

    [Theory]
    [InlineData(2016, "budget", "2016-05-03", false)]   // fell before the opinion (2017-01-01): noted, not judged
    [InlineData(2016, "mid-year", "2016-08-31", false)]
    [InlineData(2016, "annual", "2017-06-30", true)]     // falls under the opinion although the year began before it
    [InlineData(2017, "budget", "2017-05-02", true)]
    public void BeforeInForce_ADeadlineThatFellBefore2017_IsNotJudged(int year, string kind, string lastDay, bool judged)
    {
        var session = ruleSet.Session().Case("2018-01-15").FiscalYear(year);

        var deadline = Assert.Single(session.Query("disclosureDeadline", "kind", kind));
        Assert.Equal(Date(lastDay), deadline["lastDay"].AsDate);
        Assert.Equal(judged, session.Query("overdueDisclosure", "kind", kind).Length == 1);
        var late = ruleSet.Session().Case("2018-01-15").FiscalYear(year).Disclosure(year, kind, "2017-12-31", reviewed: false);
        Assert.Equal(judged, late.Query("lateDisclosure").Length == 1);
        if (!judged)
        {
            var note = Assert.Single(session.Query("note"));
            Assert.Equal(["16-deadline-before-in-force"], session.RuleIds(note));
            Assert.Equal(["duties-from-in-force"], session.PolicyIds(note));
        }
    }

    [Theory]
    [InlineData("2016-12-31", false)]
    [InlineData("2017-01-01", true)]
    public void Review_PublishedBeforeTheOpinion_IsNotFlagged(string publishedOn, bool flagged)
    {
        var session = ruleSet.Session().Case("2018-01-15").FiscalYear(2016).Disclosure(2016, "mid-year", publishedOn, reviewed: false);

        Assert.Equal(flagged, session.Query("disclosureWithoutReview").Length == 1);
    }

    [Fact]
    public void Overdue_Published_IsNotOverdue()
    {
        var session = ruleSet.Session().Case("2024-01-15").FiscalYear(2022)
            .Disclosure(2022, "budget", "2022-04-20").Disclosure(2022, "annual", "2023-06-01").Disclosure(2022, "mid-year", "2022-08-15");

        Assert.Empty(session.Query("overdueDisclosure"));
        Assert.Empty(session.Query("lateDisclosure"));
    }

    [Fact]
    public void Disclosure_FiscalYearNotListed_IsNoted()
    {
        var session = ruleSet.Session().Case("2024-01-15").Disclosure(2021, "budget", "2021-04-20");

        Assert.Empty(session.Query("lateDisclosure"));
        Assert.Contains("not listed under fiscalYears", Assert.Single(session.Notes("disclosures")), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_PublishedWithoutConfidentialityReview_IsFlagged()
    {
        var session = ruleSet.Session().Case("2023-01-15").FiscalYear(2022).Disclosure(2022, "budget", "2022-04-20", reviewed: false);

        var fact = session.One("disclosureWithoutReview");
        Assert.Equal("budget", fact["kind"].AsText);
        Assert.Equal(["16-confidentiality-review"], session.RuleIds(fact));
    }

    [Fact]
    public void Review_Reviewed_NothingFlagged()
    {
        var session = ruleSet.Session().Case("2023-01-15").FiscalYear(2022).Disclosure(2022, "budget", "2022-04-20", reviewed: true);

        Assert.Empty(session.Query("disclosureWithoutReview"));
        Assert.Empty(session.Notes("disclosures"));
    }

    [Fact]
    public void Review_NotStated_IsNoted()
    {
        var session = ruleSet.Session().Case("2023-01-15").FiscalYear(2022).Disclosure(2022, "budget", "2022-04-20", reviewed: null);

        Assert.Empty(session.Query("disclosureWithoutReview"));
        Assert.Contains("保密审查", Assert.Single(session.Notes("disclosures")), StringComparison.Ordinal);
    }
}
