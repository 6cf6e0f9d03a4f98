using Accountability.Rules.Data;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.Cases;

/// <summary>Mistakes in case files, each reported at the offending value with the fix.</summary>
public sealed class CaseErrorTest
{
    private static readonly RuleSetDefinition RuleSet = LoadAssert.Loaded(RuleSetLoader.Load(SmallRuleSet.Text, SmallRuleSet.FileName));

    private static LoadResult<CaseFile> Load(string text) => CaseLoader.Load(text, SmallCase.FileName);

    private static LoadResult<CaseFile> LoadAndValidate(string text) =>
        CaseLoader.Validate(LoadAssert.Loaded(Load(text)), RuleSet);

    [Fact]
    public void Load_UnknownKey_ErrorAtTheKeySuggestsTheField()
    {
        var text = SmallCase.With("    assessedByIntermediary: true", "    assessedByIntermediry: true");

        var error = LoadAssert.SingleError(Load(text), "ACR0201", TextPosition.Of(text, "assessedByIntermediry"));

        Assert.Equal("did you mean 'assessedByIntermediary'? allowed keys: id, amount, kind, assessedByIntermediary, description", error.Hint);
        Assert.Equal((14, 5), (error.Location!.Line, error.Location!.Column));
    }

    [Fact]
    public void Load_WrongType_ErrorAtTheValue()
    {
        var text = SmallCase.With("amount: 2150000", "amount: [2150000]");

        var error = LoadAssert.SingleError(Load(text), "ACR0206", TextPosition.Of(text, "[2150000]"));

        Assert.Contains("without quotes", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadDate_ErrorAtTheDate()
    {
        var text = SmallCase.With("decidedOn: 2024-06-28", "decidedOn: 2024-06-31");

        var error = LoadAssert.SingleError(Load(text), "ACR0209", (2, 12));

        Assert.Equal("write a date that exists as yyyy-MM-dd, e.g. 2020-11-20", error.Hint);
    }

    [Fact]
    public void Load_BadPeriod_ErrorAtThePeriod()
    {
        var text = SmallCase.With("influencePeriod: P6M", "influencePeriod: half a year");

        LoadAssert.SingleError(Load(text), "ACR0210", TextPosition.Of(text, "half a year"));
    }

    [Fact]
    public void Load_UnknownPersonReference_ErrorListsThePersons()
    {
        var text = SmallCase.With("{ person: P2, measure: 诫勉", "{ person: P3, measure: 诫勉");

        var error = LoadAssert.SingleError(Load(text), "ACR0301", TextPosition.Of(text, "P3"));

        Assert.Equal("persons in this case: P1, P2", error.Hint);
    }

    [Fact]
    public void Load_PersonReferenceBeforeThePersons_IsFound()
    {
        var text = "ruleset: small-2024\ndecidedOn: 2024-01-02\nfactors: [ { code: concealed, person: P1 } ]\npersons: [ { id: P1, role: manager } ]\n";

        LoadAssert.Loaded(Load(text));
    }

    [Fact]
    public void Load_DuplicatePersonId_ErrorAtTheSecondNamesTheFirst()
    {
        var text = SmallCase.With("  - id: P2\n", "  - id: P1\n");

        var first = TextPosition.Of(text, "P1");
        var error = LoadAssert.HasError(Load(text), "ACR0303", TextPosition.Of(text, "P1", 2));

        Assert.Equal("give each person its own id, or remove the repeated entry", error.Hint);
    }

    [Fact]
    public void Load_DuplicateLossId_ErrorAtTheSecond()
    {
        var text = SmallCase.With("  - id: L2\n", "  - id: L1\n");

        LoadAssert.SingleError(Load(text), "ACR0303", TextPosition.Of(text, "L1", 2));
    }

    [Fact]
    public void Load_NegativeAmount_ErrorAtTheAmount()
    {
        var text = SmallCase.With("amount: 450000", "amount: -450000");

        var error = LoadAssert.SingleError(Load(text), "ACR0217", TextPosition.Of(text, "-450000"));

        Assert.Equal("write an amount of 0 or more", error.Hint);
    }

    [Fact]
    public void Load_PercentAbove100_ErrorAtThePercent()
    {
        var text = SmallCase.With("percent: 60", "percent: 160");

        LoadAssert.SingleError(Load(text), "ACR0216", TextPosition.Of(text, "160"));
    }

    [Fact]
    public void Load_MissingField_ErrorAtTheEntryNamesTheKey()
    {
        var text = SmallCase.With("    kind: direct\n", string.Empty);

        var error = LoadAssert.SingleError(Load(text), "ACR0202", TextPosition.Of(text, "id: L1"));

        Assert.Equal("add 'kind:' with a value", error.Hint);
    }

    [Fact]
    public void Load_UnknownLossKind_ErrorListsTheKinds()
    {
        var text = SmallCase.With("kind: contingent", "kind: contingnet");

        var error = LoadAssert.SingleError(Load(text), "ACR0301", TextPosition.Of(text, "contingnet"));

        Assert.Equal("did you mean 'contingent'? valid loss kind values: direct, indirect, contingent", error.Hint);
    }

    [Fact]
    public void Load_SeveralMistakes_AllComeBackInOneRun()
    {
        var text = SmallCase.Yaml;
        text = SmallRuleSet.Replace(text, "decidedOn: 2024-06-28", "decidedOn: 28.06.2024");
        text = SmallRuleSet.Replace(text, "amount: 450000", "amount: -1");
        text = SmallRuleSet.Replace(text, "{ person: P2, measure: 诫勉", "{ person: P9, measure: 诫勉");
        text = SmallRuleSet.Replace(text, "percent: 60", "percentage: 60");

        var result = Load(text);

        Assert.Equal(5, result.Errors.Length);
        LoadAssert.HasError(result, "ACR0209", TextPosition.Of(text, "28.06.2024"));
        LoadAssert.HasError(result, "ACR0217", TextPosition.Of(text, "-1"));
        LoadAssert.HasError(result, "ACR0301", TextPosition.Of(text, "P9"));
        LoadAssert.HasError(result, "ACR0201", TextPosition.Of(text, "percentage"));
        LoadAssert.HasError(result, "ACR0202", TextPosition.Of(text, "{ person: P2, source"));
    }

    [Fact]
    public void Validate_UnknownRole_ErrorAtTheRoleListsTheValidCodes()
    {
        var text = SmallCase.With("role: manager", "role: managr");

        var error = LoadAssert.SingleError(LoadAndValidate(text), "ACR0603", TextPosition.Of(text, "managr"));

        Assert.Equal("did you mean 'manager'? valid codes (codes.roles of ruleset small-2024): principal-head, manager", error.Hint);
    }

    [Fact]
    public void Validate_UnknownConductCode_ListsViolationsAndConduct()
    {
        var text = SmallCase.With("conduct: [decisive-role, Y01-01]", "conduct: [decisive-role, Y01-02]");

        var error = LoadAssert.SingleError(LoadAndValidate(text), "ACR0603", TextPosition.Of(text, "Y01-02"));

        Assert.Equal("did you mean 'Y01-01'? valid codes (codes.violations and codes.conduct of ruleset small-2024): Y01-01, decisive-role", error.Hint);
    }

    [Fact]
    public void Validate_UnknownFactorMeasureCircumstanceStatusAndResponsibility_ReportsEach()
    {
        var text = SmallCase.Yaml;
        text = SmallRuleSet.Replace(text, "- code: recovered", "- code: recoverd");
        text = SmallRuleSet.Replace(text, "measure: 诫勉", "measure: 警告");
        text = SmallRuleSet.Replace(text, "  - severe-consequences\n", "  - severe\n");
        text = SmallRuleSet.Replace(text, "status: retired", "status: deceased");
        text = SmallRuleSet.Replace(text, "responsibility: leadership", "responsibility: leader");

        var result = LoadAndValidate(text);

        Assert.Equal(5, result.Errors.Length);
        LoadAssert.HasError(result, "ACR0603", TextPosition.Of(text, "recoverd"));
        LoadAssert.HasError(result, "ACR0603", TextPosition.Of(text, "警告"));
        LoadAssert.HasError(result, "ACR0603", TextPosition.Of(text, "severe\n"));
        LoadAssert.HasError(result, "ACR0603", TextPosition.Of(text, "deceased"));
        var responsibility = LoadAssert.HasError(result, "ACR0603", TextPosition.Of(text, "leader\n"));
        Assert.Equal("valid codes (responsibilities of ruleset small-2024): leadership, direct", responsibility.Hint);
    }

    [Fact]
    public void Resolve_UnknownRulesetId_ErrorAtTheRulesetValue()
    {
        var text = SmallCase.With("ruleset: small-2024", "ruleset: small-2042");
        var catalog = RuleSetCatalog.Create([RuleSet]);

        var result = CaseLoader.Resolve(LoadAssert.Loaded(Load(text)), catalog);

        var error = LoadAssert.SingleError(result, "ACR0602", (1, 10));
        Assert.Equal("did you mean 'small-2024'? rulesets available: small-2024", error.Hint);
    }

    [Fact]
    public void Resolve_KnownRuleset_ValidatesAndCompiles()
    {
        var catalog = RuleSetCatalog.Create([RuleSet]);

        var compiled = LoadAssert.Loaded(CaseLoader.Resolve(LoadAssert.Loaded(Load(SmallCase.Yaml)), catalog));

        Assert.Same(RuleSet, compiled.Definition);
    }
}
