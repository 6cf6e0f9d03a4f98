using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.DutySession;

namespace Accountability.Rules.Tests.RuleSets.Baotou;

/// <summary>十六: disclosure deadlines for a fiscal year, counted in whole months, a last day on a rest day moved to the next working day (disclosure-periods).</summary>
public sealed class BaotouDisclosureDeadlineTest(BaotouRuleSet ruleSet) : IClassFixture<BaotouRuleSet>
{
    [Theory]
    [InlineData(2017, "budget", "2017-04-30", "2017-05-02", "16-budget-deadline")] // Sunday, then Labour Day 05-01 (国办发明电〔2016〕17号)
    [InlineData(2018, "budget", "2018-04-30", "2018-05-02", "16-budget-deadline")] // Labour Day holiday 04-29 to 05-01 (国办发明电〔2017〕12号)
    [InlineData(2017, "annual", "2018-06-30", "2018-07-02", "16-annual-deadline")] // Saturday
    [InlineData(2019, "mid-year", "2019-08-31", "2019-09-02", "16-mid-year-deadline")] // Saturday
    [InlineData(2019, "budget", "2019-04-30", "2019-04-30", "16-budget-deadline")] // Tuesday, the eve of the Labour Day holiday 05-01 to 05-04 (国办发明电〔2019〕3号)
    [InlineData(2022, "budget", "2022-04-30", "2022-05-05", "16-budget-deadline")] // Labour Day holiday 04-30 to 05-04
    [InlineData(2023, "budget", "2023-04-30", "2023-05-04", "16-budget-deadline")] // Labour Day holiday 04-29 to 05-03
    [InlineData(2024, "budget", "2024-04-30", "2024-04-30", "16-budget-deadline")] // Tuesday
    [InlineData(2021, "annual", "2022-06-30", "2022-06-30", "16-annual-deadline")] // Thursday
    [InlineData(2023, "annual", "2024-06-30", "2024-07-01", "16-annual-deadline")] // Sunday
    [InlineData(2024, "annual", "2025-06-30", "2025-06-30", "16-annual-deadline")] // Monday
    [InlineData(2023, "mid-year", "2023-08-31", "2023-08-31", "16-mid-year-deadline")] // Thursday
    [InlineData(2024, "mid-year", "2024-08-31", "2024-09-02", "16-mid-year-deadline")] // Saturday
    [InlineData(2025, "mid-year", "2025-08-31", "2025-09-01", "16-mid-year-deadline")] // Sunday
    public void Deadline_FiscalYearAndKind_PeriodEndAndLastDay(int year, string kind, string periodEnd, string lastDay, string rule)
    {
        var session = ruleSet.Session().FiscalYear(year);

        var deadline = session.One("disclosureDeadline", "kind", kind);
        Assert.Equal(year, deadline["fiscalYear"].AsNumber);
        Assert.Equal(Date(periodEnd), deadline["periodEnd"].AsDate);
        Assert.Equal(Date(lastDay), deadline["lastDay"].AsDate);
        Assert.Equal([rule], session.RuleIds(deadline));
        Assert.Equal(["disclosure-periods"], session.PolicyIds(deadline));
    }

    [Fact]
    public void Deadline_MidYear_EndsOn31AugustNot30August()
    {
        var deadline = ruleSet.Session().FiscalYear(2023).One("disclosureDeadline", "kind", "mid-year");

        Assert.Equal(Date("2023-08-31"), deadline["periodEnd"].AsDate);
    }

    [Fact]
    public void Deadline_OneFiscalYear_ThreeDeadlines()
    {
        Assert.Equal(3, ruleSet.Session().FiscalYear(2023).Query("disclosureDeadline").Length);
    }

    [Fact]
    public void Deadline_AnnualLastDayOutsideTheCalendar_IsACalendarGapNamingTheYear()
    {
        var session = ruleSet.Session().FiscalYear(2026);

        var gap = session.One("calendarGap");
        Assert.Equal(("disclosureDeadline", "lastDay", 2027m), (gap["conclusion"].AsText, gap["field"].AsText, gap["year"].AsNumber));
        Assert.Equal(["16-annual-deadline"], session.RuleIds(gap));
        Assert.Equal(["budget", "mid-year"], session.Query("disclosureDeadline").Select(d => d["kind"].AsText).Order(StringComparer.Ordinal));
    }
}
