using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.RuleSets;

/// <summary>Ranges: percentages outside 0–100, minimum above maximum, undeclared boundary words.</summary>
public sealed class RuleSetRangeErrorTest
{
    [Fact]
    public void Load_PercentageAbove100_ErrorAtTheValue()
    {
        var text = SmallRuleSet.With("performanceSalary: { min: 50, max: 100 }", "performanceSalary: { min: 50, max: 120 }");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0216", TextPosition.Of(text, "120"));
        Assert.Equal("write a percentage from 0 to 100 (50 for 50%)", error.Hint);
    }

    [Fact]
    public void Load_NegativeRatio_ErrorAtTheValue()
    {
        var text = SmallRuleSet.With("assetRatioPercent: { min: 3 }", "assetRatioPercent: { min: -3 }");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0216", TextPosition.Of(text, "-3"));
    }

    [Fact]
    public void Load_MinimumAboveMaximum_ErrorAtTheRange()
    {
        var text = SmallRuleSet.With("amount: { 以上: 1000000, 以下: 10000000 }", "amount: { 以上: 10000000, 以下: 1000000 }");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0409", TextPosition.Of(text, "{ 以上: 10000000, 以下: 1000000 }"));
        Assert.Equal("correct the bounds so that the minimum is below the maximum", error.Hint);
    }

    [Fact]
    public void Load_EqualBoundsWithAnExcludedEnd_IsAnEmptyRange()
    {
        var text = SmallRuleSet.With("assetRatioPercent: { 以上: 1, 以下: 3 }", "assetRatioPercent: { 以上: 3, 以下: 3 }");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0410", TextPosition.Of(text, "{ 以上: 3, 以下: 3 }"));
    }

    [Fact]
    public void Load_RangeWithoutBound_ErrorAtTheRange()
    {
        var text = SmallRuleSet.With("assetRatioPercent: { min: 3 }", "assetRatioPercent: {}");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0411", TextPosition.Of(text, "{}"));
        Assert.Contains("min, max", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TwoLowerBounds_ErrorAtTheSecond()
    {
        var text = SmallRuleSet.With("assetRatioPercent: { min: 3 }", "assetRatioPercent: { min: 3, 以上: 4 }");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0412", TextPosition.Of(text, "以上: 4"));
    }

    [Fact]
    public void Load_UndeclaredBoundaryWord_ErrorAtTheWordSaysToDeclareIt()
    {
        var text = SmallRuleSet.With("amount: { 以上: 10000000 }", "amount: { 超过: 10000000 }");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0315", TextPosition.Of(text, "超过"));
        Assert.Equal("declare how the text reads it, '超过: inclusive' or '超过: exclusive', under conventions.boundaries, or write min/max", error.Hint);
    }

    [Fact]
    public void Load_UnknownWordInARange_IsAnUnknownKey()
    {
        var text = SmallRuleSet.With("amount: { 以上: 10000000 }", "amount: { 以内: 10000000 }");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0201", TextPosition.Of(text, "以内"));
        Assert.Equal("allowed keys: min, max, 以上, 以下, 不满, 超过", error.Hint);
    }

    [Fact]
    public void Load_BoundaryReadingNeitherInclusiveNorExclusive_ErrorAtTheReading()
    {
        var text = SmallRuleSet.With("以上: inclusive", "以上: included");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.HasError(result, "ACR0305", TextPosition.Of(text, "included"));
    }

    [Fact]
    public void Load_ExclusiveUpperBoundOnTermIncentive_CannotBeStated()
    {
        var text = SmallRuleSet.With("termIncentive: { min: 50, max: 100, salaryDeferred: true }", "termIncentive: { 以下: 50, salaryDeferred: true }");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0408", TextPosition.Of(text, "{ 以下: 50, salaryDeferred"));
    }
}
