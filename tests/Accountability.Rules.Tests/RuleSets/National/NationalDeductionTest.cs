using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.National;

/// <summary>五(二)3 (no performance salary at the determination, people who left the enterprise) and 五(二)4 (the highest single standard, not added up).</summary>
public sealed class NationalDeductionTest(NationalRuleSet ruleSet) : IClassFixture<NationalRuleSet>
{
    private YibinSession Case(string tier, string responsibility = "direct") =>
        ruleSet.Session().Matter(1m).Circumstance("classified-" + tier).Person("P1", responsibility: responsibility, status: "retired");

    private static YibinSession NoSalary(YibinSession session, string person = "P1") =>
        session.With("noPerformanceSalary", ("person", Value.Of(person)));

    [Theory]
    [InlineData("larger", "direct")]
    [InlineData("larger", "leadership")]
    [InlineData("major", "supervisory")]
    public void NoPerformanceSalary_WithARow_DeductionsAreComputedOnTheSalaryBeforeLeavingAndThreeYearsTermIncentives(string tier, string responsibility)
    {
        var session = NoSalary(Case(tier, responsibility));

        var basis = session.One("deductionBase");
        Assert.Equal("P1", basis["person"].AsText);
        Assert.Equal("离职前全部绩效年薪及前三年任期激励收入总和", basis["base"].AsText);
        Assert.Equal(["n5-2-3-no-performance-salary"], session.RuleIds(basis));
        Assert.Contains(session.Notes("P1"), n => n.Contains("五(二)3", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("retired")]
    [InlineData("transferred")]
    public void NoPerformanceSalary_NotStated_StatusAloneDoesNotEstablishIt(string status) =>
        Assert.Empty(ruleSet.Session().Matter(1m).Circumstance("classified-major").Person("P1", responsibility: "direct", status: status).Query("deductionBase"));

    // 五(二)3's 离职前: a person who left the enterprise (离职) draws no salary from it; under the old
    // reading the status was not even accepted.
    [Theory]
    [InlineData("larger", "leadership")]
    [InlineData("major", "direct")]
    public void LeftTheEnterprise_WithARow_TheBaseIsTheSalaryBeforeLeaving(string tier, string responsibility)
    {
        var session = ruleSet.Session().Matter(1m).Circumstance("classified-" + tier).Person("P1", responsibility: responsibility, status: "resigned");

        var basis = session.One("deductionBase");
        Assert.Equal("离职前全部绩效年薪及前三年任期激励收入总和", basis["base"].AsText);
        Assert.Equal(["n5-2-3-left-the-enterprise"], session.RuleIds(basis));
        Assert.Equal("resigned", session.One("stillHandled")["status"].AsText);
        Assert.Equal(["n4-still-handled"], session.RuleIds(session.One("stillHandled")));
    }

    [Fact]
    public void LeftTheEnterprise_AlsoStatedNoSalary_OneBaseWithBothDerivations()
    {
        var session = NoSalary(ruleSet.Session().Matter(1m).Circumstance("classified-larger").Person("P1", responsibility: "direct", status: "resigned"));

        var basis = session.One("deductionBase");
        Assert.Equal(["n5-2-3-left-the-enterprise", "n5-2-3-no-performance-salary"], session.RuleIds(basis).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LeftTheEnterprise_GeneralLossWithoutARow_NoBase() =>
        Assert.Empty(ruleSet.Session().Matter(1m).Circumstance("classified-general").Person("P1", responsibility: "direct", status: "resigned").Query("deductionBase"));

    [Fact]
    public void NoPerformanceSalary_GeneralLossWithoutARow_NoBase() =>
        Assert.Empty(NoSalary(Case("general")).Query("deductionBase"));

    [Fact]
    public void NoPerformanceSalary_AnotherPerson_NotThisOne() =>
        Assert.Empty(NoSalary(Case("larger"), "P9").Query("deductionBase"));

    [Theory]
    [InlineData("larger", "direct", 100, "n5-2-4-other-highest")]
    [InlineData("larger", "leadership", 70, "n5-2-4-other-highest")]
    [InlineData("larger", "leadership", 71, "n5-2-4-other-highest")]
    [InlineData("larger", "leadership", 69.99, "n5-2-4-within-range")]
    [InlineData("larger", "leadership", 30, "n5-2-4-within-range")]
    [InlineData("larger", "leadership", 29.99, "n5-2-4-accountability-highest")]
    [InlineData("larger", "direct", 50, "n5-2-4-within-range")]
    [InlineData("larger", "direct", 49.99, "n5-2-4-accountability-highest")]
    [InlineData("major", "direct", 100, "n5-2-4-other-highest")]
    [InlineData("major", "direct", 99.99, "n5-2-4-accountability-highest")]
    [InlineData("major", "leadership", 70, "n5-2-4-within-range")]
    [InlineData("general", "direct", 10, "n5-2-4-no-row")]
    public void HighestStandard_ConcurrentDeduction_ComparedWithTheRowAtItsBoundaries(string tier, string responsibility, double percent, string rule)
    {
        var session = Case(tier, responsibility).Deduction("P1", (decimal)percent, "government-sanction");

        var standard = session.One("deductionStandard");
        Assert.Equal("government-sanction", standard["source"].AsText);
        Assert.Equal((decimal)percent, standard["percent"].AsNumber);
        Assert.Contains("五(二)4", standard["note"].AsText, StringComparison.Ordinal);
        Assert.Equal([rule], session.RuleIds(standard));
    }

    [Theory]
    [InlineData("larger", "direct", 100, "n5-2-4-other-highest-term")]
    [InlineData("larger", "leadership", 30, "n5-2-4-within-range-term")]
    [InlineData("major", "direct", 99.99, "n5-2-4-accountability-highest-term")]
    [InlineData("general", "direct", 10, "n5-2-4-no-row")]
    public void HighestStandard_TermIncentive_ComparedWithTheTermIncentiveRange(string tier, string responsibility, double percent, string rule)
    {
        // 五(二)4: 薪酬扣减和追索 covers the term incentive (任期激励收入) that 五(二)1-2 deduct as well.
        var session = Case(tier, responsibility).Deduction("P1", (decimal)percent, "party-discipline", pay: "term-incentive");

        var standard = session.One("deductionStandard");
        Assert.Equal("term-incentive", standard["pay"].AsText);
        Assert.Equal([rule], session.RuleIds(standard));
        Assert.Equal(["highest-standard-per-pay"], session.PolicyIds(standard));
    }
}
