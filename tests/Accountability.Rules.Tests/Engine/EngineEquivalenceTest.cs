using Accountability.Rules.CaseGeneration;
using Accountability.Rules.Engine;
using Accountability.Rules.NRules;
using Accountability.Rules.Tests.TestAssets.Equivalence;

namespace Accountability.Rules.Tests.Engine;

/// <summary>
/// The differential test of the engines: on generated cases of every bundled ruleset and of the
/// overlay example, the second engine must give the same result as the compiled engine (the JSON
/// the CLI prints, its explanation order-free), the same firings (as multisets) and the same
/// exception type where one throws. A difference fails with the case minimised, as YAML to rerun.
/// </summary>
public sealed class EngineEquivalenceTest
{
    /// <summary>
    /// The engine compared with the compiled engine: the ONE place to choose it. It is the compiled
    /// engine itself (the harness then must pass) until the NRules engine passes it; then it becomes
    /// <c>Accountability.Rules.NRules.NRulesEngine.For</c>. On NRules the harness now finds cases
    /// whose <c>conclusions</c> come in another order (derived facts of one rank, e.g. two
    /// <c>deductionBase</c> or <c>lateDisclosure</c> facts, inserted in another order).
    /// </summary>
    internal static readonly Func<CompiledRuleSet, IRuleSessionFactory> SecondEngine = NRulesEngine.For;

    [Theory]
    [MemberData(nameof(GenerationTargets.Names), MemberType = typeof(GenerationTargets))]
    public void GeneratedCases_CompiledAndSecondEngine_SameResultsAndFirings(string target)
    {
        var ruleSet = GenerationTargets.Named(target);
        var harness = new EquivalenceHarness(ruleSet, ruleSet.RuleSet, SecondEngine(ruleSet.RuleSet));

        var report = harness.Run(EquivalencePlan.FirstSeed, EquivalencePlan.CasesOf(ruleSet));

        Assert.True(report.Agree, report.Describe());
    }

    [Fact]
    public void Plan_RunsAtLeastTenThousandCases_RichestRuleSetsMost()
    {
        var cases = GenerationTargets.All.ToDictionary(t => t.Name, EquivalencePlan.CasesOf);

        Assert.True(cases.Values.Sum() >= 10_000, $"The harness runs {cases.Values.Sum()} cases.");
        Assert.Equal(8, cases.Count);
        Assert.True(cases["yibin-2020"] > cases["national-2016"] && cases["national-2016"] > cases["weihai-2024"] && cases["weihai-2024"] > cases["central-reporting"]);
        Assert.All(cases.Values, n => Assert.True(n >= EquivalencePlan.MinimumCases));
    }

    [Fact]
    public void Harness_EngineThatDropsLossTiers_ReportsAMinimisedCase()
    {
        var yibin = GenerationTargets.Named("yibin-2020");
        var harness = new EquivalenceHarness(yibin, yibin.RuleSet, new DroppingEngine(yibin.RuleSet, "lossTier"));

        var report = harness.Run(1, 200);

        Assert.False(report.Agree);
        Assert.True(report.DifferingSeeds.Length > 100, report.Describe());
        var minimised = report.Minimised!;
        Assert.NotNull(harness.Difference(minimised));
        // Without any loss the matter's total is 0, a general loss under Art. 19: the case and its (empty) enterprise suffice.
        Assert.Equal(["case", "enterprise"], minimised.Facts.Select(f => f.Schema.Name));
        Assert.Contains("\"tier\": ", report.Difference, StringComparison.Ordinal);
        Assert.DoesNotContain("Firings differ", report.Difference, StringComparison.Ordinal);
        Assert.Contains("-     \"tier\": \"general\",", report.Difference, StringComparison.Ordinal);
        Assert.Contains("ruleset: yibin-2020", report.Describe(), StringComparison.Ordinal);
        var reloaded = yibin.Load(new GeneratedCase("yibin-2020", 0, CaseFormat.Yaml, minimised.ToYaml()));
        Assert.True(reloaded.Succeeded, string.Join(Environment.NewLine, reloaded.Errors));
        Assert.NotNull(harness.Difference(new CaseRepro(reloaded.Value.DecidedOn, reloaded.Value.Case.Facts)));
    }
}
