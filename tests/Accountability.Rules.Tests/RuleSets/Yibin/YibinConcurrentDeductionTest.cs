using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Yibin;

/// <summary>Art. 29: deductions from several procedures are not added; the highest single standard applies.</summary>
public sealed class YibinConcurrentDeductionTest(YibinRuleSet ruleSet) : IClassFixture<YibinRuleSet>
{
    private const decimal Assets = 10_000_000_000m;

    private YibinSession Case(decimal amount, string responsibility, decimal percent) =>
        ruleSet.Session().Matter(amount, Assets).Person("P1", responsibility: responsibility).Deduction("P1", percent, "government-sanction");

    [Theory]
    [InlineData(5_000_000, "direct", 100)]      // larger 50-100: at the maximum
    [InlineData(5_000_000, "leadership", 80)]   // larger 30-70: above the maximum
    [InlineData(20_000_000, "direct", 100)]     // major 100-100
    [InlineData(500_000, "direct", 50)]         // general: less than 50, so 50 is above the range
    public void Deduction_AtOrAboveTheMaximum_OtherStandardIsTheHighest(int amount, string responsibility, int percent)
    {
        var session = Case(amount, responsibility, percent);

        var standard = session.One("deductionStandard");
        Assert.Equal("P1", standard["person"].AsText);
        Assert.Equal("government-sanction", standard["source"].AsText);
        Assert.Equal(percent, standard["percent"].AsNumber);
        Assert.Contains("not added", standard["note"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art29-other-highest"], session.RuleIds(standard));
    }

    [Theory]
    [InlineData(5_000_000, "direct", 40)]
    [InlineData(5_000_000, "leadership", 29.99)]
    [InlineData(20_000_000, "leadership", 69)]
    [InlineData(20_000_000, "direct", 99.99)]
    public void Deduction_BelowTheMinimum_AccountabilityRangeIsTheHighest(int amount, string responsibility, double percent)
    {
        var session = Case(amount, responsibility, (decimal)percent);

        var standard = session.One("deductionStandard");
        Assert.Contains("accountability deduction is the highest", standard["note"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art29-accountability-highest"], session.RuleIds(standard));
    }

    [Theory]
    [InlineData(5_000_000, "direct", 50)]
    [InlineData(5_000_000, "direct", 99.99)]
    [InlineData(5_000_000, "leadership", 30)]
    [InlineData(20_000_000, "leadership", 70)]
    [InlineData(500_000, "supervisory", 49.99)]
    [InlineData(500_000, "direct", 0)]
    public void Deduction_WithinTheRange_TheHigherAsDecidedApplies(int amount, string responsibility, double percent)
    {
        var session = Case(amount, responsibility, (decimal)percent);

        var standard = session.One("deductionStandard");
        Assert.Contains("whichever deduction the decision fixes higher", standard["note"].AsText, StringComparison.Ordinal);
        Assert.Equal(["art29-within-range"], session.RuleIds(standard));
    }

    [Fact]
    public void Deduction_RowPrescribesNone_OtherStandardApplies()
    {
        var session = Case(500_000, "leadership", 20);

        var standard = session.One("deductionStandard");
        Assert.Equal(["art29-none-prescribed"], session.RuleIds(standard));
    }

    [Fact]
    public void Deduction_OtherPerson_NotCompared()
    {
        var session = ruleSet.Session().Matter(5_000_000m, Assets).Person("P1", responsibility: "direct").Deduction("P2", 100m);

        Assert.Empty(session.Query("deductionStandard"));
    }

    // Art. 29 compares all 薪酬扣减和追索: a term-incentive deduction with the row's term-incentive range.
    [Theory]
    [InlineData(5_000_000, "direct", 100, "art29-other-highest-term")]          // larger 50-100
    [InlineData(5_000_000, "leadership", 29.99, "art29-accountability-highest-term")] // larger 30-70
    [InlineData(20_000_000, "leadership", 70, "art29-within-range-term")]      // major 70-100
    [InlineData(500_000, "direct", 30, "art29-no-term-incentive")]             // Art. 28(1): performance salary only
    [InlineData(500_000, "leadership", 30, "art29-none-prescribed")]           // Art. 28(1): nothing for leadership
    public void TermIncentive_ComparedWithTheTermIncentiveRange(int amount, string responsibility, double percent, string rule)
    {
        var session = ruleSet.Session().Matter(amount, Assets).Person("P1", responsibility: responsibility).Deduction("P1", (decimal)percent, "party-discipline", pay: "term-incentive");

        var standard = session.One("deductionStandard");
        Assert.Equal(("term-incentive", (decimal)percent), (standard["pay"].AsText, standard["percent"].AsNumber));
        Assert.Equal([rule], session.RuleIds(standard));
    }

    [Fact]
    public void TermIncentive_GeneralLoss_NotReadAsAPerformanceSalaryDeductionWithinItsRange()
    {
        // Art. 28(1) deducts 50%以下 of the performance salary and nothing of the term incentive: a 30%
        // term-incentive deduction is the only standard for that pay, not "within the range".
        var salary = ruleSet.Session().Matter(500_000m, Assets).Person("P1", responsibility: "direct").Deduction("P1", 30m);
        var term = ruleSet.Session().Matter(500_000m, Assets).Person("P1", responsibility: "direct").Deduction("P1", 30m, pay: "term-incentive");

        Assert.Equal(["art29-within-range"], salary.RuleIds(salary.One("deductionStandard")));
        Assert.Equal("performance-salary", salary.One("deductionStandard")["pay"].AsText);
        Assert.Equal(["art29-no-term-incentive"], term.RuleIds(term.One("deductionStandard")));
        Assert.Contains("no term-incentive deduction", term.One("deductionStandard")["note"].AsText, StringComparison.Ordinal);
    }

    [Fact]
    public void BothPays_EachComparedWithItsOwnRow_TwoStandards()
    {
        var session = ruleSet.Session().Matter(5_000_000m, Assets).Person("P1", responsibility: "leadership")
            .Deduction("P1", 80m, pay: "performance-salary").Deduction("P1", 20m, pay: "term-incentive");

        Assert.Equal(
            ["art29-accountability-highest-term", "art29-other-highest"],
            session.Query("deductionStandard").SelectMany(session.RuleIds).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CaseWithoutPay_ReadsAsPerformanceSalary()
    {
        var built = new Accountability.Rules.Data.Cases.CaseBuilder("yibin-2020", new NodaTime.LocalDate(2024, 6, 28))
            .Person("P1", "manager")
            .ConcurrentDeduction("P1", "party-discipline", 20m)
            .Build();

        Assert.True(built.Succeeded, string.Join(Environment.NewLine, built.Errors));
        Assert.Equal("performance-salary", built.Value.Facts.Single(f => f.Schema.Name == "concurrentDeduction")["pay"].AsText);
    }
}
