using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.DutySession;

namespace Accountability.Rules.Tests.RuleSets.Jining;

/// <summary>三(二): the annual report is due by 31 January of the next year; report-due-date moves a rest day to the next working day.</summary>
public sealed class JiningAnnualReportTest(JiningRuleSet ruleSet) : IClassFixture<JiningRuleSet>
{
    [Theory]
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
    [InlineData(2023, "2024-01-31", false)]
    [InlineData(2023, "2024-02-01", true)]
    [InlineData(2024, "2025-02-05", false)]
    [InlineData(2024, "2025-02-06", true)]
    [InlineData(2025, "2026-02-02", false)]
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

    [Theory]
    [InlineData(2023, "2024-01-31", false)] // the last day itself: not yet overdue
    [InlineData(2023, "2024-02-01", true)]
    [InlineData(2024, "2025-02-05", false)] // the last day after the Spring Festival shift
    [InlineData(2024, "2025-02-06", true)]
    public void Overdue_NotSubmittedAndTheLastDayPassed_IsFlagged(int year, string decidedOn, bool overdue)
    {
        var session = ruleSet.Session().Case(decidedOn).CompanyYear(year);

        var found = session.Query("overdueAnnualReport");
        Assert.Equal(overdue, !found.IsEmpty);
        Assert.Empty(session.Query("lateAnnualReport"));
        if (overdue)
        {
            var fact = Assert.Single(found);
            Assert.Equal(Date(decidedOn), fact["asOf"].AsDate);
            Assert.Equal(session.One("annualReportDue")["lastDay"].AsDate, fact["lastDay"].AsDate);
            Assert.Equal(["3-2-overdue-annual-report"], session.RuleIds(fact));
            Assert.Equal(["report-due-date"], session.PolicyIds(fact));
        }
    }

    [Fact]
    public void Overdue_Submitted_IsNotOverdue_EvenLate()
    {
        var session = ruleSet.Session().Case("2024-06-01").CompanyYear(2023, submittedOn: "2024-03-01");

        Assert.Empty(session.Query("overdueAnnualReport"));
        Assert.Single(session.Query("lateAnnualReport"));
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2021)]
    [InlineData(2022)]
    public void YearBeforeTheNotice_NoYearlyDutyUnderIt_EvenInACaseDecidedWhileInForce(int year)
    {
        // The year decides (decisive-year): 2022's report, due 2023-01-31, was not worked under the notice.
        var session = ruleSet.Session().Case("2023-06-30").CompanyYear(year, reports: 0, investigations: 0, accountabilities: 0, submittedOn: "2023-03-01", typicalCasesReported: 0);

        foreach (var duty in new[] { "annualReportDue", "typicalCaseQuota", "lateAnnualReport", "overdueAnnualReport", "typicalCaseShortfall", "threeZero" })
        {
            Assert.Empty(session.Query(duty));
        }

        Assert.Equal(["year-before-the-notice"], session.RuleIds(session.One("note")));
        Assert.Equal("y.year >= 2023", ((Accountability.Rules.Model.PatternElement)ruleSet.Definition.Rules.Single(r => r.Id == "3-2-annual-report-due").Conditions[0]).Condition?.ToString());
    }

    [Fact]
    public void YearsOfBothKinds_DecideTheirOwnRules()
    {
        Assert.Equal(
            [new Accountability.Rules.Model.DecisiveDate("companyYear", "year"), new Accountability.Rules.Model.DecisiveDate("subsidiaryYear", "year")],
            ruleSet.Definition.DecisiveDates.ToArray());
        var session = ruleSet.Session().Case("2023-06-30").SubsidiaryYear("S1", 2022, 0, 0, 0, problemsReflected: true).SubsidiaryYear("S2", 2023, 0, 0, 0, problemsReflected: true);

        Assert.Equal(["S2"], session.Query("threeZero").Select(f => f["entity"].AsText));
        Assert.Equal(["S2"], session.Query("escalationTrigger").Select(f => f["subject"].AsText));
        Assert.Equal(["subsidiary-year-before-the-notice"], session.RuleIds(session.One("note")));
    }
}
