using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Interviews;

/// <summary>chongqing-2021 (渝国资发〔2021〕15号): the shared interview rules with Chongqing's articles and words, and where Chongqing differs from Weihai.</summary>
public sealed class ChongqingInterviewTest(ChongqingRuleSet rules) : InterviewRulesTest<ChongqingRuleSet>(rules), IClassFixture<ChongqingRuleSet>
{
    protected override string Id => "chongqing-2021";

    protected override string TriggerPrefix => "C03";

    protected override string TriggerArticle => "Art. 3";

    protected override string[] ExcludedKinds => ["safety-production-accident", "environmental-pollution-event"];

    protected override string InForceFrom => "2021-12-10";

    protected override IReadOnlyDictionary<string, string> RuleIds { get; } = new Dictionary<string, string>
    {
        ["may-interview"] = "art3-may-interview",
        ["excluded"] = "art22-excluded",
        ["notice"] = "art4-notice",
        ["confirmation"] = "art10-confirmation",
        ["host"] = "art5-host",
        ["host-especially-major"] = "art5-host-especially-major",
        ["collective"] = "art6-collective",
        ["collective-subsidiary"] = "art6-collective-subsidiary",
        ["individual"] = "art6-individual",
        ["work-plan"] = "art11-work-plan",
        ["reporting"] = "art15-reporting",
        ["appraisal"] = "art17-appraisal",
        ["aggravating"] = "art18-2-aggravating-reference",
        ["mitigating"] = "art18-2-mitigating-reference",
        ["accountability"] = "art18-1-accountability",
    };

    [Fact]
    public void Notice_ApprovedByTheDeputyOrThePrincipalHead_IssuedAsSasac()
    {
        var session = Rules.Session().Matter("M1", "E1", Trigger(1)).Interview("I1", "2024-03-05");

        var notice = session.One("noticeApproval");
        Assert.Equal("市国资委分管负责同志或主要负责同志审签同意", notice["approvedBy"].AsText);
        Assert.Equal("市国资委", notice["issuedAs"].AsText);
        Assert.Equal("责任追究部门统一编号管理", notice["registeredBy"].AsText);
        Assert.Contains("巡视巡察机构", notice["copiedTo"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art4-notice"], session.Rules("noticeApproval"));
    }

    [Fact]
    public void Confirmation_InWritingOrByPhone()
    {
        var session = Rules.Session().Matter("M1", "E1", Trigger(1)).Interview("I1", "2024-03-05");

        var confirmation = session.One("confirmationDue");
        Assert.Equal("written-or-phone", confirmation["means"].AsText);
        Assert.Contains("以书面或电话形式确认通知事项", confirmation["terms"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art10-confirmation"], session.Rules("confirmationDue"));
    }

    [Fact]
    public void Host_Ordinarily_TheHeadOfTheDivision()
    {
        var session = Rules.Session().Matter("M1", "E1", "C03-01", especiallyMajor: false).Interview("I1", "2024-03-05");

        var host = session.One("interviewHost");
        Assert.Equal("市国资委相关处室负责人主持", host["host"].AsText);
        Assert.True(host["mayInstead"].IsNull);
        Assert.Equal(["art5-host"], session.Rules("interviewHost"));
    }

    [Fact]
    public void Host_EspeciallyMajor_TheDeputyOrThePrincipalHead()
    {
        var session = Rules.Session().Matter("M1", "E1", "C03-05", especiallyMajor: true).Interview("I1", "2024-03-05");

        var host = session.One("interviewHost");
        Assert.StartsWith("市国资委分管负责同志或主要负责同志", host["host"].AsText, StringComparison.Ordinal);
        Assert.StartsWith("市国资委相关处室负责人", host["mayInstead"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art5-host-especially-major"], session.Rules("interviewHost"));
    }

    [Fact]
    public void Reporting_FormallyToTheSasac_NoOtherReview()
    {
        var reporting = Rules.Session().Matter("M1", "E1", Trigger(1)).Interview("I1", "2024-03-05").One("rectificationReporting");

        Assert.EndsWith("形成专项工作报告，正式报送市国资委", reporting["specialReport"].AsText, StringComparison.Ordinal);
        Assert.True(reporting["review"].IsNull);
    }

    [Fact]
    public void PetitionAndStabilityEvents_AreNotAnExcludedKind()
    {
        Assert.Null(Rules.Definition.FindCode("circumstances", "petition-stability-event"));
    }

    [Fact]
    public void InForce_FromTheIssueDateTheColophonGives_AsAPolicy()
    {
        Assert.Equal(InterviewSession.Date("2021-12-10"), Rules.Definition.InForceFrom);
        Assert.Contains("2021-12-08", Rules.Definition.FindPolicy("in-force-issue-date")!.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_FollowsChongqingsTemplate()
    {
        var result = Rules.Session().Matter("M1", "某集团有限公司", "C03-04").Interview("I1", "2025-01-24").Evaluate("2025-01-24");

        var notice = Assert.Single(result.Documents, d => d.Document == "notice");
        Assert.Equal("责任约谈通知（监管约谈函）", notice.Title);
        Assert.Equal(["密级★保密期限", "监管约谈函〔20××〕××号", "某集团有限公司："], notice.Lines[..3].ToArray());
        Assert.StartsWith("根据《市国资委国资监管责任约谈工作规则》有关规定", notice.Lines[3], StringComparison.Ordinal);
        Assert.Equal(["重庆市国资委", "年 月 日", "抄送：×××"], notice.Lines[^3..].ToArray());
        Assert.Equal("责任约谈纪要", Assert.Single(result.Documents, d => d.Document == "minutes").Title);
    }
}
