using Accountability.Rules.Evaluation;
using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.RuleSets.National;

/// <summary>The national ruleset through the evaluator: its period in force and the loss-severity section's plain answer.</summary>
public sealed class NationalEvaluationTest(NationalRuleSet ruleSet) : IClassFixture<NationalRuleSet>
{
    private static Fact[] Facts() =>
    [
        Fact.Create(FactCatalog.Standard["enterprise"], ("id", Value.Of("E1"))),
        Fact.Create(FactCatalog.Standard["loss"], ("id", Value.Of("L1")), ("amount", Value.Of(5_000_000m)), ("kind", Value.Of("direct")), ("assessedByIntermediary", Value.Of(false))),
    ];

    [Fact]
    public void Evaluate_DayBeforeIssue_NotInForce() =>
        Assert.Equal(CaseStatus.NotInForce, CaseEvaluator.Evaluate(TestEngine.Of(ruleSet.Compiled), Facts(), new LocalDate(2016, 8, 1)).Status);

    [Fact]
    public void Evaluate_IssueDate_EvaluatedWithTheNoTierTableAnswer()
    {
        var result = CaseEvaluator.Evaluate(TestEngine.Of(ruleSet.Compiled), Facts(), new LocalDate(2016, 8, 2));

        Assert.Equal(CaseStatus.Evaluated, result.Status);
        Assert.Null(result.LossSeverity.Tier);
        Assert.Equal(5_000_000m, result.LossSeverity.TotalLoss);
        Assert.Contains(result.LossSeverity.Notes, n => n.Text.StartsWith("no tier table in this ruleset; supply one by overlay", StringComparison.Ordinal));
    }
}
