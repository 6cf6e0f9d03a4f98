using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Evaluation;

/// <summary>
/// Conclusions come out by type, then in the canonical order of their values: not in the order an
/// engine happened to derive them, nor in the order the case lists its facts.
/// </summary>
public sealed class ConclusionOrderTest
{
    private const string Case = """
        ruleset: national-2016
        decidedOn: 2024-04-14
        circumstances:
          - { code: classified-larger }
        """;

    private const string P1 = "  - { id: P1, role: principal-head, responsibility: direct, status: serving }\n";
    private const string P2 = "  - { id: P2, role: manager, responsibility: direct, status: transferred }\n";

    [Fact]
    public void Evaluate_FactsListedInEitherOrder_ConclusionsInTheSameOrder()
    {
        var forward = Evaluate(Case + "\npersons:\n" + P1 + P2 + "noPerformanceSalary:\n  - { person: P1 }\n  - { person: P2 }\n");
        var backward = Evaluate(Case + "\npersons:\n" + P2 + P1 + "noPerformanceSalary:\n  - { person: P2 }\n  - { person: P1 }\n");

        Assert.Equal(["P1", "P2"], forward.Conclusions.Where(c => c.Type == "deductionBase").Select(c => c["person"].AsText));
        Assert.Equal(Texts(forward), Texts(backward));
    }

    private static IEnumerable<string> Texts(CaseResult result) =>
        result.Conclusions.Select(c => c.Type + ": " + string.Join(", ", c.Fields.Select(f => $"{f.Name}={f.Value}")));

    private static CaseResult Evaluate(string text)
    {
        var loaded = CaseLoader.Load(text, "case.yaml");
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Errors));
        var resolved = CaseLoader.Resolve(loaded.Value, RuleSetCatalog.Bundled);
        Assert.True(resolved.Succeeded, string.Join(Environment.NewLine, resolved.Errors));
        return CaseEvaluator.Evaluate(TestEngine.Of(resolved.Value), loaded.Value.Facts, loaded.Value.DecidedOn);
    }
}
