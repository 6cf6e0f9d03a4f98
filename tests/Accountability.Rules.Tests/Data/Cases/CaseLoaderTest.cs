using Accountability.Rules.Data.Cases;
using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.Data.Cases;

public sealed class CaseLoaderTest
{
    [Fact]
    public void Load_Yaml_BuildsTheFactsInContractOrder()
    {
        var caseFile = LoadAssert.Loaded(CaseLoader.Load(SmallCase.Yaml, SmallCase.FileName));

        Assert.Equal("small-2024", caseFile.RulesetId);
        Assert.Equal(new LocalDate(2024, 6, 28), caseFile.DecidedOn);
        Assert.Equal(
            [
                "case", "enterprise", "loss", "loss", "person", "person", "conduct", "conduct", "factor", "factor",
                "decision", "disciplineSanction", "concurrentDeduction", "circumstance", "circumstance",
            ],
            caseFile.Facts.Select(f => f.Schema.Name));
        Assert.Equal("case(decidedOn=2024-06-28, ruleset=small-2024)", caseFile.Facts[0].ToString());
        Assert.Equal("conduct(person=P2, code=Y01-01)", caseFile.Facts[7].ToString());
        Assert.Equal("disciplineSanction(person=P2, sanction=党内警告, on=2024-05-01, influencePeriod=P6M)", caseFile.Facts[11].ToString());
        Assert.Equal("circumstance(code=severe-consequences, note=媒体报道)", caseFile.Facts[14].ToString());
    }

    [Fact]
    public void Load_JsonCasesOneAfterAnother_ACaseLoadedStaysAsItWasRead()
    {
        // A JSON case's tree is read from nodes the thread keeps for its next load: nothing a load
        // gives out may change when the next case, of the same shape, is read into the same nodes.
        var first = SmallCase.Json.Replace("principal-head", "principal-hed", StringComparison.Ordinal);
        var loaded = LoadAssert.Loaded(CaseLoader.Load(first, "first.json"));
        var facts = loaded.Facts.Select(f => f.ToString()).ToList();

        var second = LoadAssert.Loaded(CaseLoader.Load(SmallCase.Json.Replace("\"P1\"", "\"P9\"", StringComparison.Ordinal), "second.json"));

        Assert.Equal(facts, loaded.Facts.Select(f => f.ToString()));
        Assert.Contains(second.Facts, f => f.ToString().Contains("P9", StringComparison.Ordinal));
        var ruleset = LoadAssert.Loaded(Accountability.Rules.Data.RuleSets.RuleSetLoader.Load(SmallRuleSet.Text, SmallRuleSet.FileName));
        var error = LoadAssert.HasError(CaseLoader.Validate(loaded, ruleset), "ACR0603", TextPosition.Of(first, "\"principal-hed"));
        Assert.Equal("first.json", error.Location!.File);
    }

    [Fact]
    public void Load_Yaml_AppliesDefaultsAndReadsQuotedAmountsExactly()
    {
        var facts = LoadAssert.Loaded(CaseLoader.Load(SmallCase.Yaml, SmallCase.FileName)).Facts;

        Assert.Equal(486000000.10m, facts[1]["priorYearEndTotalAssets"].AsNumber);
        Assert.True(facts[1]["name"].IsNull);
        Assert.False(facts[2]["assessedByIntermediary"].AsBoolean);
        Assert.Equal("serving", facts[4]["status"].AsText);
        Assert.Equal("retired", facts[5]["status"].AsText);
        Assert.True(facts[9]["person"].IsNull);
    }

    [Fact]
    public void Load_Json_GoesThroughTheSameReader()
    {
        var caseFile = LoadAssert.Loaded(CaseLoader.Load(SmallCase.Json, "case.json"));

        Assert.Equal(["case", "enterprise", "loss", "person", "conduct", "decision"], caseFile.Facts.Select(f => f.Schema.Name));
        Assert.Equal(4800000.25m, caseFile.Facts[2]["amount"].AsNumber);
        Assert.Equal(Value.Of("group"), caseFile.Facts[1]["level"]);
    }

    [Fact]
    public void Load_NoEnterprise_StillInsertsOneWithFieldsAbsent()
    {
        var caseFile = LoadAssert.Loaded(CaseLoader.Load("ruleset: small-2024\ndecidedOn: 2024-01-02\n", SmallCase.FileName));

        Assert.Equal("enterprise()", Assert.Single(caseFile.Facts, f => f.Schema.Name == "enterprise").ToString());
    }

    [Fact]
    public void Validate_ValidCase_Succeeds()
    {
        var ruleset = LoadAssert.Loaded(Accountability.Rules.Data.RuleSets.RuleSetLoader.Load(SmallRuleSet.Text, SmallRuleSet.FileName));
        var caseFile = LoadAssert.Loaded(CaseLoader.Load(SmallCase.Yaml, SmallCase.FileName));

        Assert.Same(caseFile, LoadAssert.Loaded(CaseLoader.Validate(caseFile, ruleset)));
    }
}
