using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.DutySession;

namespace Accountability.Rules.Tests.RuleSets.Jining;

/// <summary>三(二): the annual report is due by 31 January of the next year; report-due-date moves a rest day to the next working day.</summary>
public sealed class JiningAnnualReportTest(JiningRuleSet ruleSet) : IClassFixture<JiningRuleSet>
{
    [Theory]
    [InlineData(2020, "2021-01-31", "2021-02-01")] // Sunday
    [InlineData(2021, "2022-01-31", "2022-02-07")] // first day of the Spring Festival holiday
    [InlineData(2022, "2023-01-31", "2023-01-31")] // Tuesday, a working day
    [InlineData(2023, "2024-01-31", "2024-01-31")] // Wednesday
    [InlineData(2024, "2025-01-31", "2025-02-05")] // inside the Spring Festival holiday (01-28 to 02-04)
    [InlineData(2025, "2026-01-31", "2026-02-02")] // Saturday
    public void DueDate_Year_31JanuaryNextYearOnOrAfterTheNextWorkingDay(int year, string dueOn, string lastDay)
    {
        var session = ruleSet.Session().CompanyYear(year);

        var due = session.One("annualReportDue");
        Assert.Equal(year, due["year"].AsNumber);
        Assert.Equal(Date(dueOn), due["dueOn"].AsDate);
        Assert.Equal(Date(lastDay), due["lastDay"].AsDate);
        Assert.Equal(["3-2-annual-report-due"], session.RuleIds(due));
        Assert.Equal(["report-due-date"], session.PolicyIds(due));
    }

    [Fact]
    public void DueDate_YearTheCalendarDoesNotCover_IsACalendarGapNamingTheYear()
    {
        var session = ruleSet.Session().CompanyYear(2026);

        Assert.Empty(session.Query("annualReportDue"));
        var gap = session.One("calendarGap");
        Assert.Equal(("annualReportDue", "lastDay", 2027m), (gap["conclusion"].AsText, gap["field"].AsText, gap["year"].AsNumber));
        Assert.Equal(["3-2-annual-report-due"], session.RuleIds(gap));
    }

    [Theory]
    [InlineData(2022, "2023-01-31", false)]
    [InlineData(2022, "2023-02-01", true)]
    [InlineData(2021, "2022-02-07", false)]
    [InlineData(2021, "2022-02-08", true)]
    [InlineData(2020, "2021-02-01", false)]
    public void Late_SubmittedAfterTheLastDay_IsFlagged(int year, string submittedOn, bool late)
    {
        var session = ruleSet.Session().CompanyYear(year, submittedOn: submittedOn);

        var found = session.Query("lateAnnualReport");
        Assert.Equal(late, !found.IsEmpty);
        if (late)
        {
            var fact = Assert.Single(found);
            Assert.Equal(Date(submittedOn), fact["submittedOn"].AsDate);
            Assert.Equal(["3-2-late-annual-report"], session.RuleIds(fact));
        }
    }
}
