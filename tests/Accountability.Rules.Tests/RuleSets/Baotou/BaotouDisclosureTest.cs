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
