using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.RuleSets;

/// <summary>Duplicate ids and references to things the ruleset does not declare.</summary>
public sealed class RuleSetReferenceErrorTest
{
    [Fact]
    public void Load_DuplicateRuleId_ErrorAtTheSecondNamesTheFirst()
    {
        var text = SmallRuleSet.With("id: given-responsibility", "id: loss-total");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var first = TextPosition.Of(text, "loss-total");
        var error = LoadAssert.SingleError(result, "ACR0303", TextPosition.Of(text, "loss-total", 2));
        Assert.Equal("give each rule its own id, or remove the repeated entry", error.Hint);
    }

    [Fact]
    public void Load_DuplicateDocumentId_ErrorAtTheSecond()
    {
        var text = SmallRuleSet.With("  - id: other-doc", "  - id: small-doc");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.HasError(result, "ACR0303", TextPosition.Of(text, "small-doc", 2));
        Assert.Equal("small.yaml:13:9: error ACR0303: duplicate document 'small-doc' (first at line 9, column 9) (hint: give each document its own id, or remove the repeated entry)", error.ToString());
    }

    [Fact]
    public void Load_DuplicateTierCode_ErrorAtTheSecond()
    {
        var text = SmallRuleSet.With("{ code: major, name: 重大资产损失", "{ code: larger, name: 重大资产损失");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.HasError(result, "ACR0303", TextPosition.Of(text, "larger, name: 重大资产损失"));
    }

    [Fact]
    public void Load_DuplicateMeasureCode_ErrorAtTheSecond()
    {
        var text = SmallRuleSet.With("{ code: 降职, name: 降职", "{ code: 诫勉, name: 降职");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.HasError(result, "ACR0303", TextPosition.Of(text, "诫勉, name: 降职"));
    }

    [Fact]
    public void Load_ConductCodeAlsoAViolation_IsADuplicate()
    {
        var text = SmallRuleSet.With("{ code: decisive-role,", "{ code: Y01-01,");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.HasError(result, "ACR0303", TextPosition.Of(text, "Y01-01", 2));
    }

    [Fact]
    public void Load_DuplicateSanctionRow_IsADuplicateRuleId()
    {
        var text = SmallRuleSet.With("responsibilities: [leadership]", "responsibilities: [direct]");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0303", TextPosition.Of(text, "tier: general", 3));
    }

    [Fact]
    public void Load_UnknownDocument_ErrorSuggestsTheDeclaredOne()
    {
        var text = SmallRuleSet.With("document: other-doc", "document: othr-doc");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0301", TextPosition.Of(text, "othr-doc"));
        Assert.Equal("did you mean 'other-doc'? documents declared: small-doc, other-doc", error.Hint);
    }

    [Fact]
    public void Load_UnknownMeasureInSanctionMatrix_ErrorListsTheMeasures()
    {
        var text = SmallRuleSet.With("measures: [诫勉, 降职]", "measures: [诫勉, 撤职]");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0301", TextPosition.Of(text, "撤职"));
        Assert.Equal("measures in codes.measures: 诫勉, 降职", error.Hint);
    }

    [Fact]
    public void Load_UnknownMeasureInPromotionRestrictions_ErrorAtTheMeasure()
    {
        var text = SmallRuleSet.With("  - measures: [诫勉]\n      restrictions", "  - measures: [警告]\n      restrictions");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0301", TextPosition.Of(text, "警告"));
    }

    [Fact]
    public void Load_UnknownFactor_ErrorListsTheFactors()
    {
        var text = SmallRuleSet.With("factors: [concealed]", "factors: [concealled]");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0301", TextPosition.Of(text, "concealled"));
        Assert.Equal("did you mean 'concealed'? factors in codes.factors: concealed, recovered, intent", error.Hint);
    }

    [Fact]
    public void Load_UnknownTierAndResponsibility_ErrorsAtEach()
    {
        var text = SmallRuleSet.With("  - tier: larger\n      responsibilities: [direct]", "  - tier: bigger\n      responsibilities: [indirect]");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var tier = LoadAssert.HasError(result, "ACR0301", TextPosition.Of(text, "bigger"));
        var responsibility = LoadAssert.HasError(result, "ACR0301", TextPosition.Of(text, "indirect"));
        Assert.Equal("tiers declared: general, larger, major", tier.Hint);
        Assert.Equal("did you mean 'direct'? responsibilities declared: leadership, direct", responsibility.Hint);
    }

    [Fact]
    public void Load_UnknownCombinePolicy_ErrorAtThePolicyId()
    {
        var text = SmallRuleSet.With("combine: highest-tier", "combine: highest-tiers");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0301", TextPosition.Of(text, "highest-tiers"));
        Assert.Equal("did you mean 'highest-tier'? policies declared: highest-tier", error.Hint);
    }

    [Fact]
    public void Load_UnknownFactType_ErrorSuggestsTheType()
    {
        var text = SmallRuleSet.With("fact: enterprise", "fact: enterprize");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0301", TextPosition.Of(text, "enterprize"));
        Assert.StartsWith("did you mean 'enterprise'? fact types: case, enterprise, loss", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhereFieldTheFactLacks_ErrorListsItsFields()
    {
        var text = SmallRuleSet.With("where: { responsibility: [direct, leadership] }", "where: { responsibilty: [direct, leadership] }");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0306", TextPosition.Of(text, "responsibilty"));
        Assert.Equal("did you mean 'responsibility'? fields of 'person': id, name, role, responsibility, status", error.Hint);
    }

    [Fact]
    public void Load_AliasUsedBeforeItIsDefined_ErrorNamesTheBoundAliases()
    {
        var text = SmallRuleSet.With("assets: $e.priorYearEndTotalAssets", "assets: $f.priorYearEndTotalAssets");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0308", TextPosition.Of(text, "$f.prior"));
        Assert.Contains("aliases bound before this use:", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AssertOfACaseFact_IsAnError()
    {
        var text = SmallRuleSet.With("assert: lossTotal", "assert: loss");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0403", TextPosition.Of(text, "loss\n        set:"));
    }

    [Fact]
    public void Load_RuleTheCompilerRejects_ErrorAtTheRuleWithTheCompilersHint()
    {
        var text = SmallRuleSet.With(", basis: given }", " }");

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0717", TextPosition.Of(text, "id: given-responsibility"));
        Assert.StartsWith("Set 'basis'", error.Hint, StringComparison.Ordinal);
    }
}
