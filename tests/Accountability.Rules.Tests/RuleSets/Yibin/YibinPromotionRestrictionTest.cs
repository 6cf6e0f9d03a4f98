using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.YibinSession;

namespace Accountability.Rules.Tests.RuleSets.Yibin;

/// <summary>Art. 30: promotion restrictions by measure, counted as the Civil Code counts (civil-code-periods), and the longer-period rule with a discipline sanction.</summary>
public sealed class YibinPromotionRestrictionTest(YibinRuleSet ruleSet) : IClassFixture<YibinRuleSet>
{
    private YibinSession Case() => ruleSet.Session().Matter(5_000_000m, 10_000_000_000m).Person("P1", responsibility: "direct");

    [Theory]
    [InlineData("诫勉", "2024-03-15", "2024-09-15")]
    [InlineData("诫勉", "2024-08-31", "2025-02-28")]
    [InlineData("诫勉", "2023-08-31", "2024-02-29")]
    [InlineData("调离工作岗位", "2024-03-15", "2025-03-15")]
    [InlineData("改任非领导职务", "2024-03-15", "2025-03-15")]
    [InlineData("改任非管理职务", "2024-03-15", "2025-03-15")]
    [InlineData("改任非管理职务", "2024-02-29", "2025-02-28")]
    [InlineData("降职", "2024-03-15", "2026-03-15")]
    [InlineData("降职", "2024-02-29", "2026-02-28")]
    public void Restriction_Measure_NoPromotionUntilTheLastDay(string measure, string on, string lastDay)
    {
        var session = Case().Decision("P1", measure, on);

        var restriction = session.One("restriction", "kind", "no-promotion");
        Assert.Equal("P1", restriction["person"].AsText);
        Assert.Equal("no-promotion", restriction["kind"].AsText);
        Assert.Equal(measure, restriction["measure"].AsText);
        Assert.Equal(Date(on), restriction["on"].AsDate);
        Assert.Equal(Date(lastDay), restriction["lastDay"].AsDate);
        Assert.Equal("accountability", restriction["source"].AsText);
        var effective = session.One("promotionRestriction", "kind", "no-promotion");
        Assert.Equal(Date(lastDay), effective["lastDay"].AsDate);
        Assert.Equal(["art30-longer-period"], session.RuleIds(effective));
    }

    [Fact]
    public void Restriction_AdmonitionOn20240831_LastDayIs20250228()
    {
        var session = Case().Decision("P1", "诫勉", "2024-08-31");

        Assert.Equal(Date("2025-02-28"), session.One("promotionRestriction", "kind", "no-promotion")["lastDay"].AsDate);
    }

    [Fact]
    public void Restriction_NonManagementPost_FollowsTheArt28Paragraph3Policy()
    {
        var session = Case().Decision("P1", "改任非管理职务", "2024-08-31");

        var restriction = session.One("restriction", "kind", "no-promotion");
        Assert.Equal(Date("2025-08-31"), restriction["lastDay"].AsDate);
        var derivation = Assert.Single(session.Engine.Derivations(restriction));
        Assert.Equal("art30-non-management-post", derivation.Rule.Id);
        Assert.Equal("art28-3-non-management-post", derivation.Rule.PolicyId);
    }

    [Theory]
    [InlineData("责令辞职")]
    [InlineData("免职")]
    public void Restriction_ResignationOrDismissal_NoPostOneYearNoHigherPostTwoYears(string measure)
    {
        var session = Case().Decision("P1", measure, "2024-08-31");

        Assert.Equal(2, session.Query("restriction").Length);
        Assert.Equal(Date("2025-08-31"), session.One("promotionRestriction", "kind", "no-post")["lastDay"].AsDate);
        Assert.Equal(Date("2026-08-31"), session.One("promotionRestriction", "kind", "no-higher-post")["lastDay"].AsDate);
        Assert.Empty(session.Query("promotionRestriction", "kind", "no-promotion"));
    }

    [Theory]
    [InlineData("批评教育")]
    [InlineData("责令书面检查")]
    [InlineData("通报批评")]
    [InlineData("停职")]
    [InlineData("禁入限制")]
    public void Restriction_MeasureArt30DoesNotName_NoRestriction(string measure)
    {
        var session = Case().Decision("P1", measure, "2024-03-15");

        Assert.Empty(session.Query("restriction"));
        Assert.Empty(session.Query("promotionRestriction"));
    }

    [Fact]
    public void Restriction_DisciplineLonger_DisciplinePeriodApplies()
    {
        var session = Case().Decision("P1", "诫勉", "2024-03-15").Discipline("P1", "党内严重警告", "2024-03-15", "P18M");

        Assert.Equal(2, session.Query("restriction", "kind", "no-promotion").Length);
        var effective = session.One("promotionRestriction", "kind", "no-promotion");
        Assert.Equal("discipline", effective["source"].AsText);
        Assert.Equal("党内严重警告", effective["measure"].AsText);
        Assert.Equal(Date("2025-09-15"), effective["lastDay"].AsDate);
        var discipline = session.One("restriction", "source", "discipline");
        Assert.Equal(["art30-discipline"], session.RuleIds(discipline));
    }

    [Fact]
    public void Restriction_AccountabilityLonger_AccountabilityPeriodApplies()
    {
        var session = Case().Decision("P1", "降职", "2024-03-15").Discipline("P1", "党内警告", "2024-03-15", "P1Y");

        var effective = session.One("promotionRestriction", "kind", "no-promotion");
        Assert.Equal("accountability", effective["source"].AsText);
        Assert.Equal("降职", effective["measure"].AsText);
        Assert.Equal(Date("2026-03-15"), effective["lastDay"].AsDate);
    }

    [Fact]
    public void Restriction_SameLastDay_BothKept()
    {
        var session = Case().Decision("P1", "调离工作岗位", "2024-03-15").Discipline("P1", "党内警告", "2024-03-15", "P1Y");

        Assert.Equal(2, session.Query("promotionRestriction").Length);
    }

    [Fact]
    public void Restriction_DisciplineAgainstDismissal_ComparedPerKind()
    {
        var session = Case().Decision("P1", "免职", "2024-03-15").Discipline("P1", "撤销党内职务", "2024-03-15", "P2Y");

        Assert.Equal(3, session.Query("promotionRestriction").Length);
        Assert.Equal(Date("2026-03-15"), session.One("promotionRestriction", "kind", "no-promotion")["lastDay"].AsDate);
        Assert.Equal(Date("2025-03-15"), session.One("promotionRestriction", "kind", "no-post")["lastDay"].AsDate);
        Assert.Equal(Date("2026-03-15"), session.One("promotionRestriction", "kind", "no-higher-post")["lastDay"].AsDate);
    }

    [Fact]
    public void Restriction_DisciplineAlone_RestrictsForItsInfluencePeriod()
    {
        var session = Case().Discipline("P1", "党内警告", "2024-08-31", "P6M");

        var effective = session.One("promotionRestriction", "kind", "no-promotion");
        Assert.Equal("no-promotion", effective["kind"].AsText);
        Assert.Equal(Date("2025-02-28"), effective["lastDay"].AsDate);
    }

    [Fact]
    public void Restriction_OtherPersonsSanction_NotCompared()
    {
        var session = Case()
            .Person("P2", responsibility: "supervisory")
            .Decision("P1", "诫勉", "2024-03-15")
            .Discipline("P2", "党内警告", "2024-03-15", "P1Y");

        Assert.Equal(Date("2024-09-15"), Assert.Single(session.Query("promotionRestriction", "person", "P1"), r => r["kind"].AsText == "no-promotion")["lastDay"].AsDate);
        Assert.Equal(Date("2025-03-15"), session.One("promotionRestriction", "person", "P2")["lastDay"].AsDate);
    }

    // Art. 30: 受到诫勉处理的，六个月内不得提拔、重用 (the old reading kept only 提拔).
    [Fact]
    public void Restriction_Admonition_NoPromotionAndNoImportantPostForSixMonths()
    {
        var session = Case().Decision("P1", "诫勉", "2024-03-15");

        Assert.Equal(["no-important-post", "no-promotion"], session.Query("promotionRestriction").Select(r => r["kind"].AsText).Order(StringComparer.Ordinal));
        var importantPost = session.One("promotionRestriction", "kind", "no-important-post");
        Assert.Equal(Date("2024-09-15"), importantPost["lastDay"].AsDate);
        Assert.Equal("诫勉", importantPost["measure"].AsText);
    }

    [Fact]
    public void Restriction_Demotion_NoImportantPostNotStated() =>
        Assert.Empty(Case().Decision("P1", "降职", "2024-03-15").Query("promotionRestriction", "kind", "no-important-post"));
}
