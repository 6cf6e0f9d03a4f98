using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Interviews;

/// <summary>weihai-2024 (威国资发〔2024〕1号): the shared interview rules with Weihai's articles and words, and what only Weihai says.</summary>
public sealed class WeihaiInterviewTest(WeihaiRuleSet rules) : InterviewRulesTest<WeihaiRuleSet>(rules), IClassFixture<WeihaiRuleSet>
{
    protected override string Id => "weihai-2024";

    protected override string TriggerPrefix => "W04";

    protected override string TriggerArticle => "Art. 4";

    protected override string[] ExcludedKinds => ["safety-production-accident", "environmental-pollution-event", "petition-stability-event"];

    protected override string InForceFrom => "2024-02-01";

    protected override IReadOnlyDictionary<string, string> RuleIds { get; } = new Dictionary<string, string>
    {
        ["may-interview"] = "art4-may-interview",
        ["excluded"] = "art23-excluded",
        ["notice"] = "art5-notice",
        ["confirmation"] = "art6-confirmation",
        ["host"] = "art7-host",
        ["host-especially-major"] = "art7-host-especially-major",
        ["collective"] = "art8-collective",
        ["collective-subsidiary"] = "art8-collective-subsidiary",
        ["individual"] = "art8-individual",
        ["work-plan"] = "art12-work-plan",
        ["reporting"] = "art16-reporting",
        ["appraisal"] = "art18-1-appraisal",
        ["aggravating"] = "art18-2-aggravating-reference",
        ["mitigating"] = "art18-2-mitigating-reference",
        ["accountability"] = "art19-accountability",
    };

    [Fact]
    public void Notice_ApprovedByThePrincipalHead_IssuedAsSasacOrItsPartyCommittee()
    {
        var session = Rules.Session().Matter("M1", "E1", Trigger(1)).Interview("I1", "2024-03-05");

        var notice = session.One("noticeApproval");
        Assert.Equal("市国资委主要负责同志审签同意（必要时报经会议审议）", notice["approvedBy"].AsText);
        Assert.Equal("市国资委或市国资委党委", notice["issuedAs"].AsText);
        Assert.Equal("考核分配与监督稽查科统一编号、实行台账管理", notice["registeredBy"].AsText);
        Assert.Contains("市委巡察办", notice["copiedTo"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art5-notice"], session.Rules("noticeApproval"));
    }

    [Fact]
    public void Confirmation_ByAReceipt()
    {
        var session = Rules.Session().Matter("M1", "E1", Trigger(1)).Interview("I1", "2024-03-05");

        var confirmation = session.One("confirmationDue");
        Assert.Equal("receipt", confirmation["means"].AsText);
        Assert.Contains("填写并反馈确认回执", confirmation["terms"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art6-confirmation"], session.Rules("confirmationDue"));
    }

    [Fact]
    public void Host_Ordinarily_TheDeputyInCharge()
    {
        foreach (var major in new bool?[] { null, false })
        {
            var session = Rules.Session().Matter("M1", "E1", "W04-01", especiallyMajor: major).Interview("I1", "2024-03-05");

            var host = session.One("interviewHost");
            Assert.Equal("市国资委分管负责同志主持，相关科室负责人参加", host["host"].AsText);
            Assert.True(host["mayInstead"].IsNull);
            Assert.Equal(["art7-host"], session.Rules("interviewHost"));
        }
    }

    [Fact]
    public void Host_EspeciallyMajor_ThePrincipalLeader()
    {
        var session = Rules.Session().Matter("M1", "E1", "W04-05", especiallyMajor: true).Matter("M2", "E1", "W04-01").Interview("I1", "2024-03-05");

        var host = session.One("interviewHost");
        Assert.StartsWith("市国资委主要领导", host["host"].AsText, StringComparison.Ordinal);
        Assert.StartsWith("市国资委分管负责同志", host["mayInstead"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art7-host-especially-major"], session.Rules("interviewHost"));
    }

    [Fact]
    public void Reporting_BySetTimeInAFormalDocument_AndIntoThePartyCommitteesReview()
    {
        var reporting = Rules.Session().Matter("M1", "E1", Trigger(1)).Interview("I1", "2024-03-05").One("rectificationReporting");

        Assert.Contains("按要求时限以正式文件报送市国资委", reporting["specialReport"].AsText, StringComparison.Ordinal);
        Assert.Equal("被约谈事项整改情况纳入市属国有企业党委民主生活会对照检查的内容", reporting["review"].AsText);
    }

    [Fact]
    public void PetitionAndStabilityEvents_AreExcluded()
    {
        var session = Rules.Session().Matter("M1", "E1", "W04-05", circumstance: "petition-stability-event");

        Assert.Equal("petition-stability-event", session.One("scopeFlag")["code"].AsText);
        Assert.Contains("信访维稳事件", session.One("scopeFlag")["note"].AsText, StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_FollowsWeihaisTemplate()
    {
        var result = Rules.Session().Matter("M1", "某集团有限公司", "W04-04").Interview("I1", "2025-01-24", ("noticeNumber", "威国资监管约谈函〔2025〕2号")).Evaluate("2025-01-24");

        var notice = Assert.Single(result.Documents, d => d.Document == "notice");
        Assert.Equal("责任约谈通知书（威国资监管约谈函）", notice.Title);
        Assert.Equal(["密级★保密期限", "威国资监管约谈函〔2025〕2号", "某集团有限公司（党委）："], notice.Lines[..3].ToArray());
        Assert.StartsWith("根据《威海市国资委国资监管责任约谈工作规则》有关规定", notice.Lines[3], StringComparison.Ordinal);
        Assert.Equal(["市国资委（党委）", "年 月 日", "抄送：×××"], notice.Lines[^3..].ToArray());
        Assert.Equal("约谈纪要", Assert.Single(result.Documents, d => d.Document == "minutes").Title);
    }
}
