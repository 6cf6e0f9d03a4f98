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
}
