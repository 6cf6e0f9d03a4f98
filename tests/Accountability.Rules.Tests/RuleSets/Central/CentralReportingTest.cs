using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.RuleSets.Central;

/// <summary>The central-SOE notice (篇二): one report per matter at once, the periodic yearly summary, the two dated reports of 2018.</summary>
public sealed class CentralReportingTest(CentralRuleSet ruleSet) : IClassFixture<CentralRuleSet>
{
    private YibinSession On(string decidedOn) => ruleSet.Session().Case(decidedOn);

    private static Fact Duty(YibinSession session, string duty) => session.One("reportingDuty", "duty", duty);

    [Fact]
    public void Load_CentralFile_HasNoErrorsCompilesAndCitesParagraphs()
    {
        var result = RuleSetLoader.LoadFile(ruleSet.FilePath);

        Assert.True(result.Errors.IsEmpty, result.ToString());
        Assert.Empty(RuleCompiler.Check(ruleSet.Definition, calendar: ruleSet.Calendar));
        Assert.Equal("central-reporting", ruleSet.Definition.Id);
        Assert.Equal("docs/sources/accountability-compilation-incl-yibin-2020-measures.txt#篇二", Assert.Single(ruleSet.Definition.Documents).Source);
        Assert.All(ruleSet.Definition.Rules, r => Assert.Matches(@"^¶[1-6]$", r.Citation.Article));
        Assert.Empty(ruleSet.Definition.Responsibilities);
    }

    [Fact]
    public void RuleSet_Reasons_QuoteTheNotice()
    {
        var text = SourceSection.Of("二");
        Assert.Contains("对可能或已经造成较大和重大资产损失或损失风险的，应当第一时间向国资委“一事一报告”", text, StringComparison.Ordinal);
        Assert.Contains("于2018年9月30日前", text, StringComparison.Ordinal);
        Assert.Contains("于2018年12月31日前", text, StringComparison.Ordinal);
        Assert.Contains("具体要求另行通知", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("larger-loss")]
    [InlineData("major-loss")]
    [InlineData("larger-loss-risk")]
    [InlineData("major-loss-risk")]
    public void OneMatterReport_LossOrRiskLargerOrMajor_IsOwedAtOnceWithoutADate(string circumstance)
    {
        var session = On("2024-01-15").Circumstance(circumstance);

        var duty = Duty(session, "one-matter-report");
        Assert.Equal("国资委", duty["recipient"].AsText);
        Assert.StartsWith("第一时间", duty["timing"].AsText, StringComparison.Ordinal);
        Assert.True(duty["dueBy"].IsNull);
        Assert.Equal(["p5-one-matter-report"], session.RuleIds(duty));
        Assert.Empty(session.Query("note"));
    }

    [Fact]
    public void OneMatterReport_SeveralClassifications_OneReportForTheMatter()
    {
        var session = On("2024-01-15").Circumstance("major-loss-risk").Circumstance("larger-loss");

        Assert.Single(session.Query("reportingDuty", "duty", "one-matter-report"));
    }

    [Fact]
    public void OneMatterReport_NoClassification_NoneOwedAndNoted()
    {
        var session = On("2024-01-15");

        Assert.Empty(session.Query("reportingDuty", "duty", "one-matter-report"));
        var note = session.One("note");
        Assert.StartsWith("no one-matter report", note["text"].AsText, StringComparison.Ordinal);
        Assert.Equal(["p5-no-report"], session.RuleIds(note));
    }

    [Theory]
    [InlineData("major-loss")]
    [InlineData("larger-loss-risk")]
    public void Tier_Classification_IsNoTierOfThisRuleset(string circumstance)
    {
        Assert.Empty(On("2024-01-15").Circumstance(circumstance).Query("lossTier"));
        Assert.Empty(ruleSet.Definition.Tiers);
    }

    [Fact]
    public void YearlySummary_EveryCase_OwedPeriodicallyWithoutADate()
    {
        var session = On("2024-01-15");

        var duty = Duty(session, "yearly-summary");
        Assert.StartsWith("定期", duty["timing"].AsText, StringComparison.Ordinal);
        Assert.True(duty["dueBy"].IsNull);
        Assert.Equal(["p5-yearly-summary"], session.RuleIds(duty));
    }

    [Theory]
    [InlineData("2018-09-14", true)]
    [InlineData("2018-09-30", true)]
    [InlineData("2018-10-01", false)]
    public void OrganisationReport_20180930IsAnAdjustedWorkingSunday_OwedUpToThatDayInclusive(string decidedOn, bool owed)
    {
        var session = On(decidedOn);

        var duties = session.Query("reportingDuty", "duty", "organisation-report");
        Assert.Equal(owed, !duties.IsEmpty);
        if (owed)
        {
            Assert.Equal(new LocalDate(2018, 9, 30), duties[0]["dueBy"].AsDate);
            Assert.Equal(new LocalDate(2018, 9, 30), duties[0]["lastDay"].AsDate);
            Assert.Equal(["p3-organisation-report"], session.RuleIds(duties[0]));
        }
    }

    [Theory]
    [InlineData("2018-10-01", true)]
    [InlineData("2018-12-31", true)]
    [InlineData("2019-01-01", true)]
    [InlineData("2019-01-02", true)]
    [InlineData("2019-01-03", false)]
    public void RulesFiling_20181231InTheNewYearHoliday_LastDayMovesTo20190102(string decidedOn, bool owed)
    {
        var session = On(decidedOn);

        var duties = session.Query("reportingDuty", "duty", "rules-filing");
        Assert.Equal(owed, !duties.IsEmpty);
        if (owed)
        {
            Assert.Equal(new LocalDate(2018, 12, 31), duties[0]["dueBy"].AsDate);
            Assert.Equal(new LocalDate(2019, 1, 2), duties[0]["lastDay"].AsDate);
            Assert.Equal(["p4-rules-filing"], session.RuleIds(duties[0]));
        }
    }

    [Theory]
    [InlineData("2018-09-14", new[] { "organisation-report", "rules-filing" })]
    [InlineData("2018-10-01", new[] { "rules-filing" })]
    [InlineData("2024-09-12", new string[0])]
    public void Result_DeadlinesOnlyInTheDutiesTheCaseConcerns_NoneListedOnItsOwn(string decidedOn, string[] dated)
    {
        var result = CaseEvaluator.Evaluate(TestEngine.Of(ruleSet.Compiled), [], NodaTime.Text.LocalDatePattern.Iso.Parse(decidedOn).Value);

        Assert.DoesNotContain(result.Conclusions, c => c.Type == "reportDeadline");
        var withDates = result.Conclusions.Where(c => c.Type == "reportingDuty" && c.Fields.Any(f => f.Name == "lastDay")).Select(c => c.Fields.Single(f => f.Name == "duty").Value.AsText);
        Assert.Equal(dated, withDates.Order(StringComparer.Ordinal));
        // The step's policy counts only through a duty drawn from it; the step stays in the explanation.
        Assert.Equal(dated.Length > 0, result.Policies.Any(p => p.Id == "dates-as-written"));
        Assert.Contains(result.Explanation, e => e.RuleId == "p4-rules-filing-date");
        Assert.True(ruleSet.Compiled.Catalog["reportDeadline"].Step);
    }

    [Fact]
    public void RuleSet_NamesTheCalendarThatCovers2018()
    {
        Assert.Equal("cn-mainland-holidays", ruleSet.Definition.CalendarId);
        Assert.Empty(On("2018-12-31").Query("calendarGap"));
    }

    [Fact]
    public void Evaluate_BeforeTheMeasuresTookEffect_NotInForce()
    {
        Assert.Equal(CaseStatus.NotInForce, CaseEvaluator.Evaluate(TestEngine.Of(ruleSet.Compiled), [], new LocalDate(2018, 8, 29)).Status);
        Assert.Equal(CaseStatus.Evaluated, CaseEvaluator.Evaluate(TestEngine.Of(ruleSet.Compiled), [], new LocalDate(2018, 8, 30)).Status);
    }
}
