using System.Globalization;
using System.Text;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Evaluation;

/// <summary>The firing limit follows the size of the case: large valid cases evaluate, cycles are still caught.</summary>
public sealed class LargeCaseTest
{
    private const string Head = "ruleset: yibin-2020\ndecidedOn: 2024-06-28\nenterprise: { id: E, level: subsidiary, priorYearEndTotalAssets: 486000000 }\n";

    [Fact]
    public void Evaluate_TenThousandLossComponents_Evaluates()
    {
        var text = new StringBuilder(Head).Append("losses:\n");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{ id: L{i}, amount: {1000 + i}, kind: {(i % 2 == 0 ? "direct" : "indirect")} }}\n");
        }

        var result = Evaluate(text.Append("persons:\n  - { id: P1, role: manager, conduct: [decisive-role] }\n").ToString());

        Assert.Equal(CaseStatus.Evaluated, result.Status);
        Assert.Equal(10_000, result.LossSeverity.CountedLosses.Length);
    }

    [Fact]
    public void Evaluate_TwoThousandPersons_Evaluates()
    {
        var text = new StringBuilder(Head).Append("losses:\n  - { id: L1, amount: 5000000, kind: direct }\npersons:\n");
        for (var i = 0; i < 2_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {{ id: P{i}, role: {(i % 2 == 0 ? "manager" : "enterprise-head")}, conduct: [{(i % 2 == 0 ? "decisive-role" : "oversaw-area")}] }}\n");
        }

        var result = Evaluate(text.Append("factors:\n  - code: external-supervision\n").ToString());

        Assert.Equal(CaseStatus.Evaluated, result.Status);
        Assert.Equal(2_000, result.Persons.Length);
    }

    [Fact]
    public void Evaluate_LimitGivenTooLow_ThrowsRuleCycleException()
    {
        var text = Head + "losses:\n  - { id: L1, amount: 5000000, kind: direct }\npersons:\n  - { id: P1, role: manager, conduct: [decisive-role] }\n";
        var resolved = Resolve(text);

        var cycle = Assert.Throws<RuleCycleException>(() => CaseEvaluator.Evaluate(TestEngine.Of(resolved.RuleSet), resolved.Case.Facts, resolved.DecidedOn, new EvaluationOptions { MaxFirings = 1 }));

        Assert.Equal(1, cycle.Limit);
    }

    [Theory]
    [InlineData(0, 10_000)]
    [InlineData(10, 10_500)]
    [InlineData(20_000, 1_010_000)]
    [InlineData(int.MaxValue, int.MaxValue)]
    public void DefaultMaxFirings_FollowsTheNumberOfFacts(int facts, int expected) =>
        Assert.Equal(expected, CaseEvaluator.DefaultMaxFirings(facts));

    private static CaseResult Evaluate(string text)
    {
        var resolved = Resolve(text);
        return CaseEvaluator.Evaluate(TestEngine.Of(resolved.RuleSet), resolved.Case.Facts, resolved.DecidedOn);
    }

    private static ResolvedCase Resolve(string text)
    {
        var resolved = CaseLoader.LoadAndResolve(text, "large.yaml", RuleSetCatalog.Bundled, null, null);
        Assert.True(resolved.Succeeded, string.Join("\n", resolved.Errors));
        return resolved.Value;
    }
}
