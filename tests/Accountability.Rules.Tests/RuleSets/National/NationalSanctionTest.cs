using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.National;

/// <summary>四 (responsibility as determined) and 五(二)1-2, 五(四): the sanction rows for larger and major losses, none for general.</summary>
public sealed class NationalSanctionTest(NationalRuleSet ruleSet) : IClassFixture<NationalRuleSet>
{
    private const string LargerDirectLongTerm = "终止尚未行使的中长期激励权益、上缴责任认定及前一年的全部中长期激励收益、五年内不得参加企业新的中长期激励";
    private const string LargerLeadershipLongTerm = "终止尚未行使的中长期激励权益、三年内不得参加企业新的中长期激励";
    private const string MajorDirectLongTerm = "终止尚未行使的中长期激励权益、上缴责任认定（含）前三年的全部中长期激励收益、不得参加企业新的中长期激励";
    private const string MajorLeadershipLongTerm = "终止尚未行使的中长期激励权益、上缴责任认定（含）前三年的全部中长期激励收益、五年内不得参加企业新的中长期激励";

    private Fact SanctionFor(string tier, string responsibility)
    {
        var session = ruleSet.Session().Matter(1m).Circumstance("classified-" + tier).Person("P1", responsibility: responsibility);
        var sanction = session.One("sanction");
        Assert.Equal("P1", sanction["person"].AsText);
        Assert.Equal(tier, sanction["tier"].AsText);
        Assert.Equal(responsibility, sanction["responsibility"].AsText);
        Assert.Equal([$"sanctionMatrix/{tier}/{responsibility}"], session.RuleIds(sanction));
        return sanction;
    }

    [Theory]
    [InlineData("larger", "direct", "通报批评,诫勉,停职,调离工作岗位,降职", "五(二)1 ¶1")]
    [InlineData("larger", "supervisory", "通报批评,诫勉,停职,调离工作岗位,降职", "五(二)1 ¶1")]
    [InlineData("larger", "leadership", "通报批评,诫勉,停职,调离工作岗位", "五(二)1 ¶2")]
    [InlineData("major", "direct", "降职,改任非领导职务,责令辞职,免职,禁入限制", "五(二)2 ¶1")]
    [InlineData("major", "supervisory", "降职,改任非领导职务,责令辞职,免职,禁入限制", "五(二)2 ¶1")]
    [InlineData("major", "leadership", "调离工作岗位,降职,改任非领导职务,责令辞职,免职,禁入限制", "五(二)2 ¶2")]
    public void Sanction_Row_ListsTheMeasuresOf五二(string tier, string responsibility, string measures, string article)
    {
        var sanction = SanctionFor(tier, responsibility);

        Assert.Equal(measures.Split(','), sanction["measures"].AsTextList);
        Assert.False(sanction["nonePrescribed"].AsBoolean);
        Assert.Equal(article, ruleSet.Definition.Rules.Single(r => r.Id == $"sanctionMatrix/{tier}/{responsibility}").Citation.Article);
    }

    [Theory]
    [InlineData("larger", "direct", 50, 100)]
    [InlineData("larger", "supervisory", 50, 100)]
    [InlineData("larger", "leadership", 30, 70)]
    [InlineData("major", "direct", 100, 100)]
    [InlineData("major", "supervisory", 100, 100)]
    [InlineData("major", "leadership", 70, 100)]
    public void Sanction_Row_DeductsSalaryAndTermIncentiveBothEndsIncluded(string tier, string responsibility, int min, int max)
    {
        var sanction = SanctionFor(tier, responsibility);

        Assert.Equal(min, sanction["salaryMinPercent"].AsNumber);
        Assert.Equal(max, sanction["salaryMaxPercent"].AsNumber);
        Assert.False(sanction["salaryMaxExclusive"].AsBoolean);
        Assert.Equal(min, sanction["termIncentiveMinPercent"].AsNumber);
        Assert.Equal(max, sanction["termIncentiveMaxPercent"].AsNumber);
        Assert.True(sanction["salaryDeferred"].AsBoolean);
    }

    [Theory]
    [InlineData("larger", "direct", LargerDirectLongTerm)]
    [InlineData("larger", "supervisory", LargerDirectLongTerm)]
    [InlineData("larger", "leadership", LargerLeadershipLongTerm)]
    [InlineData("major", "direct", MajorDirectLongTerm)]
    [InlineData("major", "supervisory", MajorDirectLongTerm)]
    [InlineData("major", "leadership", MajorLeadershipLongTerm)]
    public void Sanction_Row_QuotesTheLongTermIncentiveText(string tier, string responsibility, string text) =>
        Assert.Equal(text, SanctionFor(tier, responsibility)["longTermIncentives"].AsText);

    [Theory]
    [InlineData("direct")]
    [InlineData("supervisory")]
    [InlineData("leadership")]
    public void Sanction_GeneralLoss_NoRowAndANoteThatTheStandardIsTheSupervisingBodys(string responsibility)
    {
        var session = ruleSet.Session().Matter(1m).Circumstance("classified-general").Person("P1", responsibility: responsibility);

        Assert.Empty(session.Query("sanction"));
        var note = Assert.Single(session.Notes("P1"));
        Assert.Contains("五(四)", note, StringComparison.Ordinal);
        Assert.Contains("supply one by overlay", note, StringComparison.Ordinal);
        Assert.Equal(["n5-4-general-no-row"], session.RuleIds(session.One("note", "subject", "P1")));
    }

    [Fact]
    public void Sanction_NoTier_NoRowAndANote()
    {
        var session = ruleSet.Session().Matter(50_000_000m).Person("P1", responsibility: "direct");

        Assert.Empty(session.Query("sanction"));
        Assert.Equal(["n5-2-no-tier"], session.RuleIds(session.One("note", "subject", "P1")));
    }

    [Fact]
    public void Responsibility_Given_IsTakenAsDetermined()
    {
        var session = ruleSet.Session().Matter(1m).Circumstance("classified-larger").Person("P1", role: "principal-head", responsibility: "supervisory");

        var responsibility = session.One("personResponsibility");
        Assert.Equal("supervisory", responsibility["responsibility"].AsText);
        Assert.Equal("given", responsibility["basis"].AsText);
        Assert.Equal(["n4-given"], session.RuleIds(responsibility));
    }

    [Fact]
    public void Responsibility_NoneGiven_NoneDerivedAndNoted()
    {
        var session = ruleSet.Session().Matter(1m).Circumstance("classified-major").Person("P1", role: "principal-head");

        Assert.Empty(session.Query("personResponsibility"));
        Assert.Empty(session.Query("sanction"));
        Assert.Equal(["n4-none"], session.RuleIds(session.One("note", "subject", "P1")));
    }

    [Theory]
    [InlineData("transferred")]
    [InlineData("retired")]
    public void StillHandled_TransferredOrRetired_IsStillHandled(string status)
    {
        var session = ruleSet.Session().Person("P1", responsibility: "direct", status: status);

        var handled = session.One("stillHandled");
        Assert.Equal(status, handled["status"].AsText);
        Assert.Equal(["n4-still-handled"], session.RuleIds(handled));
    }

    [Fact]
    public void StillHandled_Serving_NotNoted() =>
        Assert.Empty(ruleSet.Session().Person("P1", responsibility: "direct").Query("stillHandled"));
}
