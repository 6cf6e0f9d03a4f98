using Accountability.Rules.Evaluation;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Interviews;

/// <summary>
/// The rules both interview rulesets share in structure, pinned against each city's own articles
/// and words: triggers, exclusions, form, notice, host, confirmation, the work-plan deadline on the
/// working-day calendar, the rectification's effect, the missing tier table and the documents.
/// </summary>
public abstract class InterviewRulesTest<TRuleSet>(TRuleSet rules)
    where TRuleSet : InterviewRuleSet
{
    protected TRuleSet Rules { get; } = rules;

    /// <summary>The ruleset's id.</summary>
    protected abstract string Id { get; }

    /// <summary>The trigger code prefix, e.g. W04.</summary>
    protected abstract string TriggerPrefix { get; }

    /// <summary>The article of the trigger list, e.g. Art. 4.</summary>
    protected abstract string TriggerArticle { get; }

    /// <summary>The excluded kinds of matter, in the text's order.</summary>
    protected abstract string[] ExcludedKinds { get; }

    /// <summary>Rule ids: may-interview, excluded, notice, confirmation, host, host-especially-major, collective, collective-subsidiary, individual, work-plan, reporting, appraisal, aggravating, mitigating, accountability.</summary>
    protected abstract IReadOnlyDictionary<string, string> RuleIds { get; }

    /// <summary>The first day in force.</summary>
    protected abstract string InForceFrom { get; }

    protected string Trigger(int item) => $"{TriggerPrefix}-{item:00}";

    [Fact]
    public void Triggers_AreTheTenItemsOfTheList_EachCitingItsItem()
    {
        var triggers = Rules.Definition.CodeLists["triggers"];

        Assert.Equal(Enumerable.Range(1, 10).Select(Trigger), triggers.Select(t => t.Code));
        Assert.All(triggers.Select((t, i) => (t, i)), x => Assert.Equal($"{TriggerArticle}({x.i + 1})", x.t.Citation!.Article));
        Assert.Equal("其他需要责任约谈的事项", triggers[9].Name);
        Assert.Contains("拒绝整改、拖延整改、整改不力或弄虚作假", triggers[7].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Triggers_QuoteTheSourceVerbatim()
    {
        var source = Normalise(File.ReadAllText(RepositoryRoot.Combine(Rules.Definition.Documents[0].Source!)));

        Assert.All(Rules.Definition.CodeLists["triggers"], t => Assert.Contains(t.Name, source, StringComparison.Ordinal));
    }

    [Fact]
    public void ExcludedKinds_AreExactlyTheTextsList()
    {
        Assert.Equal(ExcludedKinds, Rules.Definition.CodeLists["circumstances"].Select(c => c.Code));
    }

    [Fact]
    public void MayInterview_MatterUnderATrigger_OnThatTrigger()
    {
        var eligibility = Rules.Session().Matter("M1", "E1", Trigger(6)).Interview("I1", "2024-03-05").One("interviewEligibility");

        Assert.Equal(("M1", "E1", Trigger(6)), (eligibility["matter"].AsText, eligibility["enterprise"].AsText, eligibility["trigger"].AsText));
        Assert.Equal([RuleIds["may-interview"]], Rules.Session().Matter("M1", "E1", Trigger(6)).Rules("interviewEligibility"));
    }

    [Fact]
    public void MayInterview_MatterWithoutAnInterview_StillEligible()
    {
        Assert.Single(Rules.Session().Matter("M1", "E1", Trigger(10), interview: null).Query("interviewEligibility"));
    }

    [Fact]
    public void ExcludedKind_FlaggedOutOfScope_AndNoInterviewDerived()
    {
        foreach (var kind in ExcludedKinds)
        {
            var session = Rules.Session().Matter("M1", "E1", Trigger(5), circumstance: kind);

            var flag = session.One("scopeFlag");
            Assert.Equal(kind, flag["code"].AsText);
            Assert.Equal([RuleIds["excluded"]], session.Rules("scopeFlag"));
            Assert.Empty(session.Query("interviewEligibility"));
        }
    }

    [Fact]
    public void ExcludedKind_EvaluatesAsOutOfScope()
    {
        var result = Rules.Session().Matter("M1", "E1", Trigger(5), circumstance: ExcludedKinds[0]).Evaluate("2024-06-03");

        Assert.Equal(CaseStatus.OutOfScope, result.Status);
    }

    [Fact]
    public void ExcludedMatter_SharingAnInterview_IsLeftOutOfFormNoticeAndMinutes()
    {
        var session = Rules.Session()
            .Matter("M1", "E1", Trigger(5), circumstance: ExcludedKinds[0], description: "生产安全事故")
            .Matter("M2", "E2", Trigger(4), description: "招标管理不规范")
            .Interview("I1", "2024-06-03");

        var flag = session.One("scopeFlag");
        Assert.Equal((ExcludedKinds[0], "M1"), (flag["code"].AsText, flag["subject"].AsText));
        Assert.Equal(("individual", RuleIds["individual"]), (session.One("interviewForm")["form"].AsText, Assert.Single(session.Rules("interviewForm"))));
        Assert.Equal(["M2"], session.Query("interviewEligibility").Select(e => e["matter"].AsText));
        Assert.Single(session.Query("noticeApproval"));
        Assert.Single(session.Query("workPlanDeadline"));

        var result = Rules.Session()
            .Matter("M1", "E1", Trigger(5), circumstance: ExcludedKinds[0], description: "生产安全事故")
            .Matter("M2", "E2", Trigger(4), description: "招标管理不规范")
            .Interview("I1", "2024-06-03")
            .Evaluate("2024-06-03");
        Assert.Equal(CaseStatus.EvaluatedWithExclusions, result.Status);
        Assert.Equal("M1", Assert.Single(result.ScopeFlags).Subject);
        var notice = Assert.Single(result.Documents, d => d.Document == "notice");
        Assert.StartsWith("E2", notice.Lines[2], StringComparison.Ordinal);
        Assert.Contains("就招标管理不规范事项", notice.Lines[3], StringComparison.Ordinal);
        Assert.DoesNotContain(result.Documents.SelectMany(d => d.Lines), line => line.Contains("生产安全事故", StringComparison.Ordinal) || line.StartsWith("E1", StringComparison.Ordinal));
    }

    [Fact]
    public void ExcludedMatter_InItsOwnInterview_TheOtherInterviewIsEvaluated()
    {
        var session = Rules.Session()
            .Matter("M1", "E1", Trigger(5), interview: "I2", circumstance: ExcludedKinds[^1])
            .Matter("M2", "E2", Trigger(4))
            .Interview("I1", "2024-06-03")
            .Interview("I2", "2024-06-04");

        Assert.Equal(["I1"], session.Query("noticeApproval").Select(f => f["interview"].AsText));
        Assert.Equal(["I1"], session.Query("confirmationDue").Select(f => f["interview"].AsText));
        Assert.Equal(["I1"], session.Query("workPlanDeadline").Select(f => f["interview"].AsText));
        Assert.Equal(["I1"], session.Query("interviewForm").Select(f => f["interview"].AsText));
        Assert.Equal(["I1"], session.Query("documentLine").Select(f => f["subject"].AsText).Distinct());
        var note = session.One("note");
        Assert.Equal("I2", note["subject"].AsText);
        Assert.Equal(["interview-only-excluded"], session.Rules("note"));
    }

    [Fact]
    public void ExcludedMatter_RectificationOfItsInterview_HasNoConsequenceUnderTheseRules()
    {
        var session = Rules.Session()
            .Matter("M1", "E1", Trigger(8), circumstance: ExcludedKinds[0])
            .Interview("I1", "2024-06-03")
            .Rectification("I1", "refused");

        Assert.Empty(session.Query("rectificationReference"));
        Assert.Empty(session.Query("accountabilityTriggered"));
        Assert.Empty(session.Query("noticeApproval"));
    }

    [Fact]
    public void ExcludedMatters_EveryMatterOfTheCase_OutOfScope()
    {
        var result = Rules.Session()
            .Matter("M1", "E1", Trigger(5), circumstance: ExcludedKinds[0])
            .Matter("M2", "E2", Trigger(5), interview: "I2", circumstance: ExcludedKinds[^1])
            .Evaluate("2024-06-03");

        Assert.Equal(CaseStatus.OutOfScope, result.Status);
        Assert.Equal(["M1", "M2"], result.ScopeFlags.Select(f => f.Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Form_GroupAndItsOwnSubsidiary_IndividualNotCollective()
    {
        var session = Rules.Session().Matter("M1", "G1", Trigger(4)).Matter("M2", "S1", Trigger(4), group: "G1").Interview("I1", "2024-03-05");

        Assert.Equal("individual", session.One("interviewForm")["form"].AsText);
        Assert.Equal([RuleIds["individual"]], session.Rules("interviewForm"));
    }

    [Fact]
    public void Form_TwoSubsidiariesOfOneGroup_Individual_NoticeToTheGroup()
    {
        var session = Rules.Session().Matter("M1", "S1", Trigger(4), group: "G1").Matter("M2", "S2", Trigger(4), group: "G1").Interview("I1", "2024-03-05");

        Assert.Equal("individual", session.One("interviewForm")["form"].AsText);
        var result = Rules.Session().Matter("M1", "S1", Trigger(4), group: "G1").Interview("I1", "2024-03-05").Evaluate("2024-03-05");
        Assert.StartsWith("G1", Assert.Single(result.Documents, d => d.Document == "notice").Lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("G1", null, "G2", null)]
    [InlineData("S1", "G1", "G2", null)]
    [InlineData("G2", null, "S1", "G1")]
    [InlineData("S1", "G1", "S2", "G2")]
    public void Form_SeveralCityOwnedEnterprises_Collective(string first, string? firstGroup, string second, string? secondGroup)
    {
        var session = Rules.Session().Matter("M1", first, Trigger(4), group: firstGroup).Matter("M2", second, Trigger(4), group: secondGroup).Interview("I1", "2024-03-05");

        Assert.Equal("collective", session.One("interviewForm")["form"].AsText);
        // A matter without a group compared with another: art-collective; a subsidiary's matter compared with another: the -subsidiary rule.
        string[] expected = (firstGroup, secondGroup) switch
        {
            (null, null) => ["collective"],
            ({ }, { }) => ["collective-subsidiary"],
            _ => ["collective", "collective-subsidiary"],
        };
        Assert.Equal(expected.Select(k => RuleIds[k]), session.Rules("interviewForm"));
    }

    [Fact]
    public void Interview_HeldBeforeTheRulesWereIssued_GetsNothingUnderThem_EvenInACaseDecidedLater()
    {
        var from = InterviewSession.Date(InForceFrom);
        InterviewSession Case() => Rules.Session()
            .Matter("M1", "E1", Trigger(8))
            .Matter("M2", "E2", Trigger(8), interview: "I2")
            .Interview("I1", Iso(from.PlusDays(-1)))
            .Interview("I2", InForceFrom)
            .Rectification("I1", "refused")
            .Rectification("I2", "refused");
        var session = Case();

        foreach (var conclusion in new[] { "noticeApproval", "confirmationDue", "interviewHost", "interviewForm", "workPlanDeadline", "rectificationReporting", "appraisalReference", "rectificationReference", "accountabilityTriggered" })
        {
            Assert.Equal(["I2"], session.Query(conclusion).Select(f => f["interview"].AsText));
        }

        Assert.Equal(["I2"], session.Query("documentLine").Select(f => f["subject"].AsText).Distinct());
        var flag = session.One("scopeFlag");
        Assert.Equal(("I1", "before-commencement"), (flag["subject"].AsText, flag["code"].AsText));
        Assert.Equal(["interview-before-commencement"], session.Rules("scopeFlag"));
        Assert.Empty(session.Query("note"));
        Assert.Equal(2, session.Query("interviewEligibility").Length);

        // The flag concerns its interview: the other interview, under the rules, is evaluated (exit 0).
        var result = Case().Evaluate(Iso(from.PlusDays(30)));
        Assert.Equal(CaseStatus.EvaluatedWithExclusions, result.Status);
        Assert.Equal("I1", Assert.Single(result.ScopeFlags).Subject);
    }

    [Fact]
    public void Interview_TheOnlyOneHeldBeforeTheRulesWereIssued_CaseOutOfScope_ThoughDecidedWhileInForce()
    {
        var from = InterviewSession.Date(InForceFrom);
        var result = Rules.Session()
            .Matter("M1", "E1", Trigger(8))
            .Interview("I1", Iso(from.PlusDays(-1)))
            .Evaluate(Iso(from.PlusDays(30)));

        Assert.Equal(CaseStatus.OutOfScope, result.Status);
        Assert.Equal(("I1", "before-commencement"), (Assert.Single(result.ScopeFlags).Subject, result.ScopeFlags[0].Code));
        foreach (var conclusion in new[] { "noticeApproval", "confirmationDue", "workPlanDeadline", "interviewForm" })
        {
            Assert.DoesNotContain(result.Conclusions, c => c.Type == conclusion);
        }
    }

    [Fact]
    public void DecisiveDate_IsTheInterviewsDay_AConditionOfEveryRuleOnAnInterview()
    {
        Assert.Equal([new Accountability.Rules.Model.DecisiveDate("interview", "heldOn")], Rules.Definition.DecisiveDates.ToArray());
        var notice = Rules.Definition.Rules.Single(r => r.Id == RuleIds["notice"]);
        var pattern = Assert.IsType<Accountability.Rules.Model.PatternElement>(notice.Conditions[0]);
        Assert.Equal($"i.heldOn >= {InForceFrom}", pattern.Condition?.ToString());
        var eligibility = Rules.Definition.Rules.Single(r => r.Id == RuleIds["may-interview"]);
        Assert.DoesNotContain("heldOn", string.Join(" ", eligibility.Conditions.OfType<Accountability.Rules.Model.PatternElement>().Select(p => p.Condition?.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public void InterviewWithoutMatter_IsNoted()
    {
        var session = Rules.Session().Interview("I1", "2024-03-05");

        var note = Assert.Single(session.Query("note"));
        Assert.Equal("I1", note["subject"].AsText);
        Assert.Contains("no matter", note["text"].AsText, StringComparison.Ordinal);
        Assert.Equal(["interview-without-matter"], session.Rules("note"));
        Assert.Empty(Rules.Session().Matter("M1", "E1", Trigger(1)).Interview("I1", "2024-03-05").Query("note"));
    }

    [Fact]
    public void Form_MattersOfOneEnterprise_Individual()
    {
        var session = Rules.Session().Matter("M1", "E1", Trigger(4)).Matter("M2", "E1", Trigger(3)).Interview("I1", "2024-03-05");

        var form = session.One("interviewForm");
        Assert.Equal(("individual", "个别约谈"), (form["form"].AsText, form["terms"].AsText));
        Assert.Equal([RuleIds["individual"]], session.Rules("interviewForm"));
    }

    [Fact]
    public void Form_MattersOfTwoEnterprises_CollectiveOnly()
    {
        var session = Rules.Session().Matter("M1", "E1", Trigger(4)).Matter("M2", "E2", Trigger(4)).Matter("M3", "E3", Trigger(4), interview: "I2").Interview("I1", "2024-03-05");

        var form = session.One("interviewForm");
        Assert.Equal(("I1", "collective", "集体约谈"), (form["interview"].AsText, form["form"].AsText, form["terms"].AsText));
        Assert.Equal([RuleIds["collective"]], session.Rules("interviewForm"));
    }

    [Fact]
    public void WorkPlan_IsDueTenWorkingDaysAfterTheInterview()
    {
        var session = Rules.Session().Matter("M1", "E1", Trigger(1)).Interview("I1", "2024-03-05");

        var deadline = session.One("workPlanDeadline");
        Assert.Equal(InterviewSession.Date("2024-03-05"), deadline["heldOn"].AsDate);
        Assert.Equal(10m, deadline["workingDays"].AsNumber);
        Assert.Equal(InterviewSession.Date("2024-03-19"), deadline["lastDay"].AsDate);
        Assert.Equal([RuleIds["work-plan"]], session.Rules("workPlanDeadline"));
    }

    [Theory]
    [MemberData(nameof(InterviewDeadlines.WorkPlanDeadlines), MemberType = typeof(InterviewDeadlines))]
    public void WorkPlan_AcrossHolidaysAndAdjustedWorkingDays(string heldOn, string lastDay)
    {
        var deadlines = Rules.Session().Matter("M1", "E1", Trigger(1)).Interview("I1", heldOn).Query("workPlanDeadline");

        // An interview held before the rules were issued has no deadline under them (the decisive date).
        if (InterviewSession.Date(heldOn) < InterviewSession.Date(InForceFrom))
        {
            Assert.Empty(deadlines);
            return;
        }

        Assert.Equal(InterviewSession.Date(lastDay), Assert.Single(deadlines)["lastDay"].AsDate);
    }

    [Theory]
    [InlineData("2026-12-18", 2027)] // the 10th working day would fall in 2027
    public void WorkPlan_OutsideTheCalendar_IsACalendarGapNamingTheYear(string heldOn, int year)
    {
        var session = Rules.Session().Matter("M1", "E1", Trigger(1)).Interview("I1", heldOn);

        Assert.Empty(session.Query("workPlanDeadline"));
        var gap = session.One("calendarGap");
        Assert.Equal(("workPlanDeadline", "lastDay", (decimal)year), (gap["conclusion"].AsText, gap["field"].AsText, gap["year"].AsNumber));
        Assert.Equal([RuleIds["work-plan"]], session.Rules("calendarGap"));
    }

    [Theory]
    [InlineData("refused")]
    [InlineData("delayed")]
    [InlineData("ineffective")]
    [InlineData("falsified")]
    public void FailedRectification_AggravatingReference_AndAccountability(string outcome)
    {
        var session = Rules.Session().Matter("M1", "E1", Trigger(8)).Interview("I1", "2024-03-05").Rectification("I1", outcome);

        var reference = session.One("rectificationReference");
        Assert.Equal((outcome, "aggravating", "从重、加重"), (reference["outcome"].AsText, reference["direction"].AsText, reference["terms"].AsText));
        Assert.Equal([RuleIds["aggravating"]], session.Rules("rectificationReference"));
        var accountability = session.One("accountabilityTriggered");
        Assert.Equal(("I1", outcome), (accountability["interview"].AsText, accountability["outcome"].AsText));
        Assert.Contains("移送有关纪检监察机构", accountability["referral"].AsText, StringComparison.Ordinal);
        Assert.Equal([RuleIds["accountability"]], session.Rules("accountabilityTriggered"));
    }

    [Fact]
    public void CompletedRectification_MitigatingReference_NoAccountability()
    {
        var session = Rules.Session().Matter("M1", "E1", Trigger(8)).Interview("I1", "2024-03-05").Rectification("I1", "completed");

        var reference = session.One("rectificationReference");
        Assert.Equal(("completed", "mitigating", "从轻、减轻"), (reference["outcome"].AsText, reference["direction"].AsText, reference["terms"].AsText));
        Assert.Equal([RuleIds["mitigating"]], session.Rules("rectificationReference"));
        Assert.Empty(session.Query("accountabilityTriggered"));
    }

    [Fact]
    public void Interview_OwesProgressReportsAndASpecialReport_NotForAnExcludedMatter()
    {
        var session = Rules.Session()
            .Matter("M1", "E1", Trigger(1))
            .Matter("M2", "E2", Trigger(2), circumstance: ExcludedKinds[0], interview: "I2")
            .Interview("I1", "2024-03-05")
            .Interview("I2", "2024-03-05");

        var reporting = session.One("rectificationReporting");
        Assert.Equal("I1", reporting["interview"].AsText);
        Assert.Equal("及时向市国资委报告约谈事项整改工作进展情况", reporting["progress"].AsText);
        Assert.StartsWith("约谈意见要求落实完成后，将相关工作开展情况、采取措施、落实成效及责任追究情况等形成专项工作报告", reporting["specialReport"].AsText, StringComparison.Ordinal);
        Assert.EndsWith("报送市国资委", reporting["specialReport"].AsText, StringComparison.Ordinal);
        Assert.Equal([RuleIds["reporting"]], session.Rules("rectificationReporting"));
    }

    [Fact]
    public void Interview_IsAnAppraisalReference()
    {
        var session = Rules.Session().Matter("M1", "E1", Trigger(1)).Interview("I1", "2024-03-05");

        Assert.Contains("年度经营业绩考核", session.One("appraisalReference")["terms"].AsText, StringComparison.Ordinal);
        Assert.Equal([RuleIds["appraisal"]], session.Rules("appraisalReference"));
    }

    [Fact]
    public void Loss_AnsweredWithNoTierTable()
    {
        var session = Rules.Session().Matter("M1", "E1", Trigger(6)).Loss(12_000_000m);

        var note = Assert.Single(session.Query("note"));
        Assert.StartsWith("no tier table in this ruleset; supply one by overlay", note["text"].AsText, StringComparison.Ordinal);
        Assert.Equal(["no-tier-table"], session.Rules("note"));
        Assert.Empty(session.Query("lossTier"));
        Assert.Empty(session.Query("tierCriterion"));
        Assert.True(Rules.Definition.Tiers.IsDefaultOrEmpty);
    }

    [Fact]
    public void NotInForce_TheDayBefore_InForce_TheDay()
    {
        var from = InterviewSession.Date(InForceFrom);
        var before = Rules.Session().Matter("M1", "E1", Trigger(3)).Evaluate(Iso(from.PlusDays(-1)));
        var on = Rules.Session().Matter("M1", "E1", Trigger(3)).Evaluate(InForceFrom);

        Assert.Equal(CaseStatus.NotInForce, before.Status);
        Assert.Contains($"in force from {InForceFrom}", Assert.Single(before.Notes).Text, StringComparison.Ordinal);
        Assert.Empty(before.Conclusions);
        Assert.Equal(CaseStatus.Evaluated, on.Status);
        Assert.Contains(on.Conclusions, c => c.Type == "interviewEligibility");
    }

    [Fact]
    public void Documents_NoticeAndMinutes_FilledFromTheInterview()
    {
        var result = Rules.Session()
            .Matter("M1", "某集团有限公司", Trigger(4), description: "招标管理不规范")
            .Interview("I1", "2025-01-24", ("time", "14:30"), ("place", "三楼会议室"), ("host", "张某（副主任）"), ("recorder", "王某"))
            .Evaluate("2025-01-24");

        var notice = Assert.Single(result.Documents, d => d.Document == "notice");
        Assert.Equal("I1", notice.Subject);
        Assert.Contains(notice.Lines, l => l.Contains("定于2025年1月24日14时30分，在市国资委三楼会议室，由×××张某（副主任）就招标管理不规范事项与你公司进行责任约谈", StringComparison.Ordinal));
        Assert.Contains("某集团有限公司", notice.Lines[2], StringComparison.Ordinal);
        Assert.Contains("organiser", notice.Unfilled);
        Assert.Contains("template-notice", notice.Source.RuleIds);

        var minutes = Assert.Single(result.Documents, d => d.Document == "minutes");
        Assert.Equal("约谈时间：2025年1月24日 下午2:30。", minutes.Lines[1]);
        Assert.Equal("记录人：王某", minutes.Lines[7]);
        Assert.Equal("约谈事由：招标管理不规范等问题", minutes.Lines[8]);
        Assert.Equal(["一、被约谈人员陈述情况", "二、有关监管意见要求", "（一）……。", "（二）……。", "……", "三、其他事项"], minutes.Lines[^6..].ToArray());
        Assert.Contains("template-minutes", minutes.Source.RuleIds);
        Assert.Contains("document-interview-fields", minutes.Source.RuleIds);
        Assert.Contains("document-matter-fields", minutes.Source.RuleIds);
        Assert.DoesNotContain(result.Conclusions, c => c.Type.StartsWith("document", StringComparison.Ordinal));
    }

    [Fact]
    public void Documents_UnfilledDateAndTime_KeepTheTemplatesBlanks()
    {
        var result = Rules.Session().Matter("M1", "E1", Trigger(4)).Interview("I1", "2025-01-24").Evaluate("2025-01-24");

        var notice = Assert.Single(result.Documents, d => d.Document == "notice");
        Assert.Contains(notice.Lines, l => l.StartsWith("请于××××年××月××日将责任约谈事项有关说明材料", StringComparison.Ordinal));
        Assert.Contains(notice.Lines, l => l.Contains("定于2025年1月24日××时", StringComparison.Ordinal));
        var minutes = Assert.Single(result.Documents, d => d.Document == "minutes");
        Assert.Equal("约谈时间：2025年1月24日 上(下)午××:××。", minutes.Lines[1]);
    }

    [Fact]
    public void EveryRule_IsPinnedByThisClass()
    {
        string[] pinned = [.. RuleIds.Values, "interview-without-matter", "interview-only-excluded", "interview-before-commencement", "no-tier-table", "template-notice", "template-minutes", "document-interview-fields", "document-matter-fields"];

        Assert.Equal(pinned.Order(StringComparer.Ordinal), Rules.Definition.Rules.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    private static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary>The source text without line breaks and page furniture, so that an item broken over lines reads as one.</summary>
    private static string Normalise(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s+|— \d+ —", string.Empty);
}
