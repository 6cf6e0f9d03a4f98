using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Yibin;

/// <summary>Art. 28: every row of the sanction matrix, for every responsibility it names.</summary>
public sealed class YibinSanctionMatrixTest(YibinRuleSet ruleSet) : IClassFixture<YibinRuleSet>
{
    private const string LargerDirectLongTerm = "终止尚未行使的其他中长期激励权益、上缴责任认定年度及前一年度的全部中长期激励收益、五年内不得参加企业新的中长期激励";
    private const string LargerLeadershipLongTerm = "终止尚未行使的其他中长期激励权益、三年内不得参加企业新的中长期激励";
    private const string MajorDirectLongTerm = "终止尚未行使的其他中长期激励权益、上缴责任认定年度（含）前三年的全部中长期激励收益、不得参加企业新的中长期激励";
    private const string MajorLeadershipLongTerm = "终止尚未行使的其他中长期激励权益、上缴责任认定年度（含）前三年的全部中长期激励收益、五年内不得参加企业新的中长期激励";

    private static decimal AmountFor(string tier) => tier switch
    {
        "general" => 500_000m,
        "larger" => 5_000_000m,
        _ => 20_000_000m,
    };

    private Fact SanctionFor(string tier, string responsibility)
    {
        var session = ruleSet.Session()
            .Matter(AmountFor(tier), 10_000_000_000m)
            .Person("P1", responsibility: responsibility);
        Assert.Equal(tier, session.Tier);
        var sanction = session.One("sanction");
        Assert.Equal("P1", sanction["person"].AsText);
        Assert.Equal(tier, sanction["tier"].AsText);
        Assert.Equal(responsibility, sanction["responsibility"].AsText);
        Assert.Equal([$"sanctionMatrix/{tier}/{responsibility}"], session.RuleIds(sanction));
        return sanction;
    }

    [Theory]
    [InlineData("general", "direct", "批评教育,责令书面检查,通报批评,诫勉")]
    [InlineData("general", "supervisory", "批评教育,责令书面检查,通报批评,诫勉")]
    [InlineData("larger", "direct", "通报批评,诫勉,停职,调离工作岗位,降职")]
    [InlineData("larger", "supervisory", "通报批评,诫勉,停职,调离工作岗位,降职")]
    [InlineData("larger", "leadership", "通报批评,诫勉,停职,调离工作岗位")]
    [InlineData("major", "direct", "降职,改任非管理职务,责令辞职,免职,禁入限制")]
    [InlineData("major", "supervisory", "降职,改任非管理职务,责令辞职,免职,禁入限制")]
    [InlineData("major", "leadership", "调离工作岗位,降职,改任非管理职务,责令辞职,免职,禁入限制")]
    public void Sanction_Row_ListsTheMeasuresOfArt28(string tier, string responsibility, string measures)
    {
        var sanction = SanctionFor(tier, responsibility);

        Assert.Equal(measures.Split(','), sanction["measures"].AsTextList);
        Assert.False(sanction["nonePrescribed"].AsBoolean);
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
    public void Sanction_GeneralDirectOrSupervisory_MayDeductLessThanFiftyPercent(string responsibility)
    {
        var sanction = SanctionFor("general", responsibility);

        // 50%以下, read as exclusive (art19-boundaries-throughout): 50 itself is not allowed.
        Assert.Equal(50m, sanction["salaryMaxPercent"].AsNumber);
        Assert.True(sanction["salaryMaxExclusive"].AsBoolean);
        Assert.Equal(0m, sanction["salaryMinPercent"].AsNullableNumber ?? 0m);
        Assert.True(sanction["termIncentiveMinPercent"].IsNull);
        Assert.True(sanction["termIncentiveMaxPercent"].IsNull);
        Assert.False(sanction["salaryDeferred"].AsBoolean);
        Assert.True(sanction["longTermIncentives"].IsNull);
    }

    // Art. 28(1) 可以扣减: the result says the deduction is a possibility, not a range to apply.
    [Theory]
    [InlineData("general", "direct", true)]
    [InlineData("general", "supervisory", true)]
    [InlineData("general", "leadership", false)]
    [InlineData("larger", "direct", false)]
    public void Sanction_GeneralRow_DeductionShownAsAPossibility(string tier, string responsibility, bool noted)
    {
        var session = ruleSet.Session().Matter(AmountFor(tier), 10_000_000_000m).Person("P1", responsibility: responsibility);

        var notes = session.Notes("P1").Where(n => n.Contains("可以扣减和追索 (may)", StringComparison.Ordinal)).ToList();
        Assert.Equal(noted ? 1 : 0, notes.Count);
        if (noted)
        {
            Assert.Contains("not a range to apply", notes[0], StringComparison.Ordinal);
            Assert.Equal(["art28-1-may-deduct"], session.RuleIds(session.One("note", "subject", "P1")));
        }
    }

    [Fact]
    public void Sanction_GeneralLeadership_NonePrescribed()
    {
        var sanction = SanctionFor("general", "leadership");

        Assert.True(sanction["nonePrescribed"].AsBoolean);
        Assert.Empty(sanction["measures"].AsTextList);
        Assert.True(sanction["salaryMaxPercent"].IsNull);
        Assert.True(sanction["termIncentiveMaxPercent"].IsNull);
        Assert.True(sanction["longTermIncentives"].IsNull);
    }

    [Fact]
    public void Sanction_NoResponsibility_NoneDerived()
    {
        var session = ruleSet.Session().Matter(5_000_000m, 10_000_000_000m).Person("P1");

        Assert.Empty(session.Query("sanction"));
    }

    [Fact]
    public void Sanction_TwoPeople_EachGetsTheirRow()
    {
        var session = ruleSet.Session()
            .Matter(5_000_000m, 10_000_000_000m)
            .Person("P1", responsibility: "direct")
            .Person("P2", role: "principal-head", responsibility: "leadership");

        Assert.Equal(50m, session.One("sanction", "person", "P1")["salaryMinPercent"].AsNumber);
        Assert.Equal(30m, session.One("sanction", "person", "P2")["salaryMinPercent"].AsNumber);
    }
}
