using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.RuleSets;

/// <summary>Mistakes in the shape of a ruleset file: keys, types, YAML itself.</summary>
public sealed class RuleSetStructureErrorTest
{
    [Fact]
    public void Load_MisspeltKey_ErrorAtTheKeySuggestsTheClosestAllowedKey()
    {
        var text = SmallRuleSet.With("  titleEnglish: Small", "  titleEnglsh: Small");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0201", (5, 3));
        Assert.Equal(TextPosition.Of(text, "titleEnglsh"), (error.Location!.Line, error.Location!.Column));
        Assert.StartsWith("did you mean 'titleEnglish'? allowed keys: id, version, title, titleEnglish, inForce, cites", error.Hint, StringComparison.Ordinal);
        Assert.Equal("small.yaml:5:3: error ACR0201: unknown key 'titleEnglsh' in 'ruleset' (hint: " + error.Hint + ")", error.ToString());
    }

    [Fact]
    public void Load_UnknownTopLevelKey_ErrorListsTheSections()
    {
        var text = SmallRuleSet.With("conventions:\n", "conventionz:\n");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.HasError(result, "ACR0201", TextPosition.Of(text, "conventionz:"));
        Assert.Contains("did you mean 'conventions'?", error.Hint, StringComparison.Ordinal);
        LoadAssert.HasError(result, "ACR0202", (1, 1));
    }

    [Fact]
    public void Load_TextWhereANumberIsExpected_ErrorAtTheValue()
    {
        var text = SmallRuleSet.With("amount: { 以下: 1000000 }", "amount: { 以下: 一百万 }");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0206", TextPosition.Of(text, "一百万"));
        Assert.Contains("without quotes", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QuotedNumber_IsNotANumber()
    {
        var text = SmallRuleSet.With("performanceSalary: { min: 50, max: 100 }", "performanceSalary: { min: \"50\", max: 100 }");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0206", TextPosition.Of(text, "\"50\""));
    }

    [Fact]
    public void Load_WordWhereAWholeNumberIsExpected_ErrorAtTheValue()
    {
        var text = SmallRuleSet.With("salience: 100", "salience: high");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var key = TextPosition.Of(text, "salience: high");
        var error = LoadAssert.SingleError(result, "ACR0207", (key.Line, key.Column + "salience: ".Length));
        Assert.Equal("write a whole number without quotes, e.g. 50 or -10", error.Hint);
    }

    [Fact]
    public void Load_ScalarWhereAListIsExpected_ErrorAtTheValue()
    {
        var text = SmallRuleSet.With("responsibilities: [leadership]", "responsibilities: leadership");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0204", TextPosition.Of(text, "leadership\n      nonePrescribed"));
    }

    [Fact]
    public void Load_DuplicateKey_ErrorAtTheSecondNamesTheFirst()
    {
        var text = SmallRuleSet.With("{ code: larger, name: 较大资产损失,", "{ code: larger, name: 较大资产损失, name: again,");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var first = TextPosition.Of(text, "name: 较大资产损失");
        var error = LoadAssert.SingleError(result, "ACR0112", TextPosition.Of(text, "name: again"));
        Assert.Equal("remove one of the two entries or rename one", error.Hint);
    }

    [Fact]
    public void Load_MissingRequiredKey_ErrorAtTheMappingNamesTheKey()
    {
        var text = SmallRuleSet.With("    title: The loss total is the sum of the losses\n", string.Empty);

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0202", TextPosition.Of(text, "id: loss-total"));
        Assert.Equal("add 'title:' with a value", error.Hint);
    }

    [Fact]
    public void Load_SanctionRowWithoutMeasures_ErrorSaysToListThemOrDeclareNonePrescribed()
    {
        var text = SmallRuleSet.With("      measures: [诫勉]\n      performanceSalary: { 以下: 50 }\n", string.Empty);

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0407", TextPosition.Of(text, "tier: general\n      responsibilities: [direct]"));
        Assert.Contains("nonePrescribed: true", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NonePrescribedRowWithMeasures_ErrorAtTheKey()
    {
        var text = SmallRuleSet.With("      nonePrescribed: true\n", "      nonePrescribed: true\n      measures: [诫勉]\n");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0406", TextPosition.Of(text, "measures: [诫勉]\n      cites: \"Art. 5(1)\""));
    }

    [Fact]
    public void Load_YamlSyntaxError_ErrorAtTheParserMark()
    {
        var text = SmallRuleSet.With("title: 小型测试办法\n  titleEnglish", "title: \"小型测试办法\n  titleEnglish");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("YAML syntax error: ", error.Message, StringComparison.Ordinal);
        Assert.Equal("check the indentation, quotes and brackets at this position", error.Hint);
        Assert.Equal(TextPosition.Of(text, "\"小型测试办法"), (error.Location!.Line, error.Location!.Column));
    }

    [Fact]
    public void Load_AnchorAndAlias_AreNotSupported()
    {
        var text = SmallRuleSet.With("  currency: CNY", "  currency: &money CNY\n  extra: *money");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var anchor = LoadAssert.HasError(result, "ACR0108", TextPosition.Of(text, "&money"));
        var alias = LoadAssert.HasError(result, "ACR0109", TextPosition.Of(text, "*money"));
        Assert.Equal("write the value out in full where it is needed", anchor.Hint);
        Assert.Equal(anchor.Hint, alias.Hint);
    }

    [Fact]
    public void Load_WrongIdShape_ErrorSaysTheShape()
    {
        var text = SmallRuleSet.With("id: small-2024", "id: Small_2024");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0302", TextPosition.Of(text, "Small_2024"));
        Assert.Equal("use lower-case letters, digits and single hyphens, e.g. yibin-2020", error.Hint);
    }

    [Fact]
    public void Load_InvalidDate_ErrorAtTheDate()
    {
        var text = SmallRuleSet.With("from: 2024-01-01", "from: 2024-02-30");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0209", TextPosition.Of(text, "2024-02-30"));
        Assert.Contains("yyyy-MM-dd", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InForceEndingBeforeItStarts_ErrorAtTheEnd()
    {
        var text = SmallRuleSet.With("inForce: { from: 2024-01-01 }", "inForce: { from: 2024-01-01, to: 2023-12-31 }");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0413", TextPosition.Of(text, "2023-12-31"));
    }

    [Fact]
    public void Load_InvalidPeriod_ErrorAtThePeriod()
    {
        var text = SmallRuleSet.With("period: P6M", "period: 6 months");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0210", TextPosition.Of(text, "6 months"));
        Assert.Contains("P6M", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PeriodWithHours_IsRejected()
    {
        var text = SmallRuleSet.With("period: P6M", "period: PT6H");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0215", TextPosition.Of(text, "PT6H"));
    }

    [Fact]
    public void Load_UnknownRestrictionKind_ErrorSuggestsTheKind()
    {
        var text = SmallRuleSet.With("kind: no-promotion", "kind: no-promotions");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0304", TextPosition.Of(text, "no-promotions"));
        Assert.Equal("did you mean 'no-promotion'? kinds: no-promotion, no-important-post, no-post, no-higher-post", error.Hint);
    }

    [Fact]
    public void Load_SeveralMistakes_AllComeBackInOneRun()
    {
        var text = SmallRuleSet.Text;
        text = SmallRuleSet.Replace(text, "  titleEnglish: Small", "  titleEnglsh: Small");
        text = SmallRuleSet.Replace(text, "from: 2024-01-01", "from: 2024-13-01");
        text = SmallRuleSet.Replace(text, "{ 以上: 1, 以下: 3 }", "{ 以上: 5, 以下: 3 }");
        text = SmallRuleSet.Replace(text, "measures: [诫勉, 降职]", "measures: [诫勉, 降级]");
        text = SmallRuleSet.Replace(text, "salience: 60", "salience: sixty");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        Assert.Equal(5, result.Errors.Length);
        LoadAssert.HasError(result, "ACR0201", TextPosition.Of(text, "titleEnglsh"));
        LoadAssert.HasError(result, "ACR0209", TextPosition.Of(text, "2024-13-01"));
        LoadAssert.HasError(result, "ACR0409", TextPosition.Of(text, "{ 以上: 5, 以下: 3 }"));
        LoadAssert.HasError(result, "ACR0301", TextPosition.Of(text, "降级"));
        LoadAssert.HasError(result, "ACR0207", TextPosition.Of(text, "sixty"));
        Assert.Equal(result.Errors.OrderBy(e => e.Location!.Line), result.Errors);
    }
}
