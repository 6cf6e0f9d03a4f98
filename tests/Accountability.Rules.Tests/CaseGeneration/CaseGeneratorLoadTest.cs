using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.CaseGeneration;

/// <summary>Every generated case loads, through the CLI's own loading, without an error: a case the loader rejects is a generator bug.</summary>
public sealed class CaseGeneratorLoadTest
{
    private const int CasesPerRuleSet = 2_000;

    [Theory]
    [MemberData(nameof(GenerationTargets.Names), MemberType = typeof(GenerationTargets))]
    public void Generate_2000Cases_AllLoadWithoutErrors(string target)
    {
        var ruleSet = GenerationTargets.Named(target);

        var failures = ruleSet.Generator.Generate(1, CasesPerRuleSet)
            .Select(generated => (generated, result: ruleSet.Load(generated)))
            .Where(r => !r.result.Succeeded)
            .ToList();

        Assert.True(failures.Count == 0, $"{failures.Count} of {CasesPerRuleSet} generated cases do not load; the first:{Environment.NewLine}"
            + string.Join(Environment.NewLine, failures.Take(1).Select(f => $"{string.Join(Environment.NewLine, f.result.Errors)}{Environment.NewLine}{f.generated.Text}")));
    }
}
