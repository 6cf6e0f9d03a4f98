using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.Data.Cases;

/// <summary>A built case is the case its file gives, and its mistakes are the loader's diagnostics.</summary>
public sealed class CaseBuilderTest
{
    [Fact]
    public void Build_TheLargerLossExample_SameFactsAndResultAsItsFile()
    {
        var file = CaseLoader.LoadFile(RepositoryRoot.Combine("examples/yibin-2020/larger-loss.yaml"));
        Assert.True(file.Succeeded, string.Join(Environment.NewLine, file.Errors));

        var built = new CaseBuilder("yibin-2020", new LocalDate(2024, 6, 28))
            .Enterprise(id: "E1", name: "宜宾某市属国有企业所属子企业", level: "subsidiary", priorYearEndTotalAssets: 486_000_000m)
            .Loss("L1", 2_150_000m, "direct", assessedByIntermediary: false, description: "预付货款无法收回")
            .Loss("L2", 618_400m, "indirect", description: "罚息及诉讼费用")
            .Loss("L3", 450_000m, "contingent", assessedByIntermediary: true, description: "为供应商银行借款提供担保的预计代偿损失（经评估机构评估）")
            .Build();

        Assert.True(built.Succeeded, string.Join(Environment.NewLine, built.Errors));
        var fileLosses = file.Value.Facts.Where(f => f.Schema.Name is "loss").Select(f => f.ToString()).Order(StringComparer.Ordinal);
        Assert.Equal(fileLosses, built.Value.Facts.Where(f => f.Schema.Name is "loss").Select(f => f.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_PersonWithConductAndDefaults_EvaluatesLikeAFile()
    {
        var text = """
            ruleset: yibin-2020
            decidedOn: 2024-06-28
            enterprise: { id: E1, level: subsidiary, priorYearEndTotalAssets: 486000000 }
            losses:
              - { id: L1, amount: 3200000, kind: direct }
            persons:
              - { id: P1, role: manager, conduct: [decisive-role, Y09-06] }
            decisions:
              - { person: P1, measure: 诫勉, on: 2024-06-28 }
            """;
        var file = CaseLoader.Load(text, "case.yaml");
        Assert.True(file.Succeeded, string.Join(Environment.NewLine, file.Errors));
        var built = new CaseBuilder("yibin-2020", new LocalDate(2024, 6, 28))
            .Enterprise(id: "E1", level: "subsidiary", priorYearEndTotalAssets: 486_000_000m)
            .Loss("L1", 3_200_000m, "direct")
            .Person("P1", "manager", conduct: ["decisive-role", "Y09-06"])
            .Decision("P1", "诫勉", new LocalDate(2024, 6, 28))
            .Build();

        Assert.True(built.Succeeded, string.Join(Environment.NewLine, built.Errors));
        Assert.Equal(Render(file.Value!), Render(built.Value));
    }

    [Fact]
    public void Build_Mistakes_AreTheLoadersDiagnosticsAtTheirFields()
    {
        var builder = new CaseBuilder("yibin-2020", new LocalDate(2024, 6, 28))
            .Loss("L1", -5m, "direct")
            .Loss("L1", 10m, "sideways")
            .Factor("late-report", person: "P9")
            .ConcurrentDeduction("P9", "party-discipline", 120m);
        var lines = builder.ToJson().Split('\n');

        var built = builder.Build();

        Assert.False(built.Succeeded);
        Assert.Equal(
            ["ACR0216 at \"percent\": 120", "ACR0217 at \"amount\": -5,", "ACR0301 at \"kind\": \"sideways\"", "ACR0301 at \"person\": \"P9\"", "ACR0301 at \"person\": \"P9\",", "ACR0303 at \"id\": \"L1\","],
            built.Errors.Select(e => $"{e.Id} at {lines[e.Location!.Line - 1].Trim()}").Order(StringComparer.Ordinal).ToArray());
        Assert.All(built.Errors, e => Assert.Equal("built-case.json", e.Location!.File));
    }

    [Fact]
    public void Build_EnterpriseSetTwice_IsADuplicateKey()
    {
        var built = new CaseBuilder("yibin-2020", new LocalDate(2024, 6, 28))
            .Enterprise(id: "E1")
            .Enterprise(id: "E2")
            .Build();

        Assert.False(built.Succeeded);
        Assert.Contains(built.Errors, e => e.Message.Contains("duplicate key 'enterprise'", StringComparison.Ordinal));
    }

    private static string Render(CaseFile caseFile)
    {
        var ruleSet = CaseLoader.Resolve(caseFile, RuleSetCatalog.Bundled);
        Assert.True(ruleSet.Succeeded, string.Join(Environment.NewLine, ruleSet.Errors));
        var result = CaseEvaluator.Evaluate(TestEngine.Of(ruleSet.Value), caseFile.Facts, caseFile.DecidedOn);
        return string.Join(Environment.NewLine, result.Conclusions.Select(c => c.ToString()))
            + result.LossSeverity.Tier + string.Join(",", result.Persons.Select(p => $"{p.Responsibility}: {string.Join("/", p.Measures)}"));
    }
}
