using System.Collections.Immutable;
using Accountability.Rules.Data;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Facts;
using Accountability.Rules.Facts.Definitions;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.Data.Cases;

/// <summary>Generic case sections: a fact type with a case section is read from its top-level list.</summary>
public sealed class CaseSectionTest
{
    private static readonly FactCatalog Catalog = BuildCatalog();

    private const string Case = """
        ruleset: small-2024
        decidedOn: 2024-06-28
        persons:
          - { id: P1, role: manager }
        interviews:
          - id: I1
            on: 2024-06-03
            trigger: T01
            also: [T02, T01]
            person: P1
            collective: true
            amount: "1250.50"
            plan: P10D
          - { id: I2, on: 2024-07-01, trigger: T02 }
        """;

    private static FactCatalog BuildCatalog()
    {
        var builder = new FactCatalogBuilder();
        AccountabilityFacts.Define(builder);
        builder.AddCaseSection("interview", CaseSectionInput.List("interviews"), "A test interview.",
            new FieldSpec("id", ValueKind.Text, false, "Its id."),
            new FieldSpec("on", ValueKind.Date, false, "The day."),
            new FieldSpec("trigger", ValueKind.Text, false, "The trigger.").Codes("triggers"),
            new FieldSpec("also", ValueKind.TextList, true, "Other triggers.").Codes("triggers"),
            new FieldSpec("person", ValueKind.Text, true, "A person."),
            new FieldSpec("collective", ValueKind.Boolean, true, "Collective or not."),
            new FieldSpec("amount", ValueKind.Number, true, "An amount."),
            new FieldSpec("plan", ValueKind.Period, true, "A period."));
        return FactCatalog.From(builder);
    }

    private static RuleSetDefinition RuleSet(params string[] triggers)
    {
        var small = LoadAssert.Loaded(RuleSetLoader.Load(SmallRuleSet.Text, SmallRuleSet.FileName));
        var list = triggers.Select(t => new CodeDefinition(t, "触发 " + t, null, null, null)).ToImmutableArray();
        return small with { CodeLists = small.CodeLists.Add("triggers", list) };
    }

    private static LoadResult<CaseFile> Load(string text) => CaseLoader.Load(text, SmallCase.FileName, Catalog);

    [Fact]
    public void Load_Section_OneFactPerEntryTypedByTheFieldKinds()
    {
        var facts = LoadAssert.Loaded(Load(Case)).Facts.Where(f => f.Schema.Name == "interview").ToArray();

        Assert.Equal(2, facts.Length);
        Assert.Equal(new LocalDate(2024, 6, 3), facts[0]["on"].AsDate);
        Assert.Equal(["T02", "T01"], facts[0]["also"].AsTextList.ToArray());
        Assert.True(facts[0]["collective"].AsBoolean);
        Assert.Equal(1250.50m, facts[0]["amount"].AsNumber);
        Assert.Equal(Period.FromDays(10), facts[0]["plan"].AsPeriod);
        Assert.Equal("interview(id=I2, on=2024-07-01, trigger=T02)", facts[1].ToString());
    }

    [Fact]
    public void Load_SectionAbsent_NoFacts()
    {
        var caseFile = LoadAssert.Loaded(Load("ruleset: small-2024\ndecidedOn: 2024-01-02\n"));

        Assert.DoesNotContain(caseFile.Facts, f => f.Schema.Name == "interview");
    }

    [Fact]
    public void Load_UnknownKeyInAnEntry_ErrorListsTheFields()
    {
        var text = SmallRuleSet.Replace(Case, "plan: P10D", "plam: P10D");

        var error = LoadAssert.SingleError(Load(text), "ACR0201", TextPosition.Of(text, "plam"));

        Assert.Contains("did you mean 'plan'?", error.Hint, StringComparison.Ordinal);
        Assert.Contains("id, on, trigger, also, person, collective, amount, plan", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownSection_IsAnUnknownTopLevelKeyListingTheSections()
    {
        var text = SmallRuleSet.Replace(Case, "interviews:", "interviewz:");

        var error = LoadAssert.HasError(Load(text), "ACR0201", TextPosition.Of(text, "interviewz"));

        Assert.Contains("did you mean 'interviews'?", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongTypesMissingFieldsAndDuplicateIds_AllReportedAtTheirValues()
    {
        var text = SmallRuleSet.Replace(Case, "{ id: I2, on: 2024-07-01, trigger: T02 }", "{ id: I1, on: 2024-07-32, collective: yes, amount: many, plan: 10 days }");

        var result = Load(text);

        LoadAssert.HasError(result, "ACR0303", TextPosition.Of(text, "I1", 2));
        LoadAssert.HasError(result, "ACR0209", TextPosition.Of(text, "2024-07-32"));
        LoadAssert.HasError(result, "ACR0208", TextPosition.Of(text, "yes"));
        LoadAssert.HasError(result, "ACR0206", TextPosition.Of(text, "many"));
        LoadAssert.HasError(result, "ACR0210", TextPosition.Of(text, "10 days"));
        LoadAssert.HasError(result, "ACR0202", TextPosition.Of(text, "{ id: I1, on: 2024-07-32"));
        Assert.Equal(6, result.Errors.Length);
    }

    [Fact]
    public void Load_PersonFieldNamingNoPerson_IsAnError()
    {
        var text = SmallRuleSet.Replace(Case, "person: P1", "person: P9");

        LoadAssert.SingleError(Load(text), "ACR0301", TextPosition.Of(text, "P9"));
    }

    [Fact]
    public void Validate_CodeListField_AcceptsDeclaredCodes()
    {
        var caseFile = LoadAssert.Loaded(Load(Case));

        LoadAssert.Loaded(CaseLoader.Validate(caseFile, RuleSet("T01", "T02")));
    }

    [Fact]
    public void Validate_UnknownCodeInATextAndInAListItem_ErrorsAtEach()
    {
        var text = SmallRuleSet.Replace(Case, "also: [T02, T01]", "also: [T02, T0l]").Replace("trigger: T02 }", "trigger: T03 }", StringComparison.Ordinal);
        var caseFile = LoadAssert.Loaded(Load(text));

        var result = CaseLoader.Validate(caseFile, RuleSet("T01", "T02"));

        var item = LoadAssert.HasError(result, "ACR0603", TextPosition.Of(text, "T0l"));
        Assert.Equal("did you mean 'T01'? valid codes (codes.triggers of ruleset small-2024): T01, T02", item.Hint);
        LoadAssert.HasError(result, "ACR0603", TextPosition.Of(text, "T03"));
        Assert.Equal(2, result.Errors.Length);
    }

    [Fact]
    public void Validate_RulesetWithoutTheCodeList_SaysSo()
    {
        var caseFile = LoadAssert.Loaded(Load(Case));
        var small = LoadAssert.Loaded(RuleSetLoader.Load(SmallRuleSet.Text, SmallRuleSet.FileName));

        var result = CaseLoader.Validate(caseFile, small);

        var error = LoadAssert.HasError(result, "ACR0604", TextPosition.Of(Case, "T01"));
        Assert.Contains("declares no code list codes.triggers", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadAndResolve_StructuralAndCodeErrors_AllInOneRun()
    {
        var text = SmallCase.With("amount: 2150000", "amount: lots").Replace("role: manager", "role: managr", StringComparison.Ordinal);
        var catalog = Accountability.Rules.Data.Catalog.RuleSetCatalog.Create([LoadAssert.Loaded(RuleSetLoader.Load(SmallRuleSet.Text, SmallRuleSet.FileName))]);

        var result = CaseLoader.LoadAndResolve(text, SmallCase.FileName, catalog, null, null);

        LoadAssert.HasError(result, "ACR0206", TextPosition.Of(text, "lots"));
        LoadAssert.HasError(result, "ACR0603", TextPosition.Of(text, "managr"));
        Assert.Equal(2, result.Errors.Length);
    }
}
