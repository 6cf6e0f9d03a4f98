using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.DutySession;

namespace Accountability.Rules.Tests.RuleSets.Jining;

/// <summary>二(二)2: at least 30% of the clues directly investigated in a year, rounded up, are reported as typical cases with the annual report.</summary>
public sealed class JiningTypicalCaseTest(JiningRuleSet ruleSet) : IClassFixture<JiningRuleSet>
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(10, 3)]
    [InlineData(11, 4)]
    [InlineData(20, 6)]
    [InlineData(21, 7)]
    public void Minimum_DirectlyInvestigatedClues_ThirtyPercentRoundedUp(int clues, int minimum)
    {
        var session = ruleSet.Session().CompanyYear(2023).Clues(clues);

        var quota = session.One("typicalCaseQuota");
        Assert.Equal(2023m, quota["year"].AsNumber);
        Assert.Equal(clues, quota["directlyInvestigatedClues"].AsNumber);
        Assert.Equal(minimum, quota["minimum"].AsNumber);
        Assert.Equal(["2-2-2-typical-case-minimum"], session.RuleIds(quota));
        Assert.Equal(["typical-case-minimum"], session.PolicyIds(quota));
    }

    [Fact]
    public void Minimum_GoesWithTheAnnualReport_DueOn31JanuaryOfTheNextYear()
    {
        var quota = ruleSet.Session().CompanyYear(2024).Clues(5, "2024-03-01").One("typicalCaseQuota");

        Assert.Equal(Date("2025-01-31"), quota["dueOn"].AsDate);
        Assert.Equal(Date("2025-02-05"), quota["lastDay"].AsDate);
    }

    [Theory]
    [InlineData("2023-01-01", 1)]
    [InlineData("2023-12-31", 1)]
    [InlineData("2022-12-31", 0)]
    [InlineData("2024-01-01", 0)]
    public void Minimum_ClueInvestigatedOnAYearBoundary_CountsInTheYearItConcluded(string investigatedOn, int counted)
    {
        var session = ruleSet.Session().CompanyYear(2023).Clue("C1", investigatedOn: investigatedOn);

        Assert.Equal(counted, session.One("typicalCaseQuota")["directlyInvestigatedClues"].AsNumber);
    }

    [Fact]
    public void Minimum_TwoYears_EachCountsItsOwnClues()
    {
        var session = ruleSet.Session().CompanyYear(2023).CompanyYear(2024)
            .Clue("A", investigatedOn: "2023-05-01").Clue("B", investigatedOn: "2024-05-01").Clue("C", investigatedOn: "2024-06-01");

        Assert.Equal(1m, session.One("typicalCaseQuota", "year", "2023")["directlyInvestigatedClues"].AsNumber);
        Assert.Equal(2m, session.One("typicalCaseQuota", "year", "2024")["directlyInvestigatedClues"].AsNumber);
    }

    [Fact]
    public void Minimum_ClueNotDirectlyInvestigated_IsNotCounted()
    {
        var session = ruleSet.Session().CompanyYear(2023).Clues(3).Clue("X", directlyInvestigated: false);

        var quota = session.One("typicalCaseQuota");
        Assert.Equal(3m, quota["directlyInvestigatedClues"].AsNumber);
        Assert.Equal(1m, quota["minimum"].AsNumber);
    }

    [Fact]
    public void Minimum_DirectlyInvestigatedClueWithoutADate_IsNotCountedAndNoted()
    {
        var session = ruleSet.Session().CompanyYear(2023).Clue("C9", investigatedOn: null);

        Assert.Equal(0m, session.One("typicalCaseQuota")["directlyInvestigatedClues"].AsNumber);
        var note = Assert.Single(session.Notes("C9"));
        Assert.Contains("not counted", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Minimum_ClueOfAYearWithoutFigures_IsNoted()
    {
        var session = ruleSet.Session().CompanyYear(2023).Clue("C7", investigatedOn: "2022-11-30");

        Assert.Contains("without companyYears figures", Assert.Single(session.Notes("C7")), StringComparison.Ordinal);
        Assert.Empty(ruleSet.Session().CompanyYear(2023).Clue("C7", investigatedOn: "2023-11-30").Notes("C7"));
    }

    [Theory]
    [InlineData(10, 2, true)]
    [InlineData(10, 3, false)]
    [InlineData(11, 3, true)]
    [InlineData(11, 4, false)]
    [InlineData(0, 0, false)]
    public void Shortfall_ReportedBelowTheMinimum_IsFlagged(int clues, int reported, bool shortfall)
    {
        var session = ruleSet.Session().CompanyYear(2023, typicalCasesReported: reported).Clues(clues);

        var found = session.Query("typicalCaseShortfall");
        Assert.Equal(shortfall, !found.IsEmpty);
        if (shortfall)
        {
            var fact = Assert.Single(found);
            Assert.Equal(reported, fact["reported"].AsNumber);
            Assert.Equal(["2-2-2-typical-case-shortfall"], session.RuleIds(fact));
        }
    }

    [Fact]
    public void Shortfall_NothingReportedYet_IsNotFlagged()
    {
        Assert.Empty(ruleSet.Session().CompanyYear(2023).Clues(10).Query("typicalCaseShortfall"));
    }
}
