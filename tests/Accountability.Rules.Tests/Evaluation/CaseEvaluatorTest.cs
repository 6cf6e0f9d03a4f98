using System.Reflection;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Facts;
using Accountability.Rules.Json;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.Evaluation;

/// <summary>The projection of a fired session into a <see cref="CaseResult"/>, on the Yibin examples.</summary>
public sealed class CaseEvaluatorTest
{
    private static readonly CompiledRuleSet Yibin = RuleSetCatalog.Bundled.TryGet("yibin-2020", out var compiled)
        ? compiled
        : throw new InvalidOperationException("yibin-2020 is not bundled.");

    [Fact]
    public void Evaluate_BeforeInForce_EvaluatesNothingAndSaysWhy()
    {
        var result = CaseEvaluator.Evaluate(TestEngine.Of(Yibin), Case("larger-loss.yaml").Facts, new LocalDate(2020, 11, 19));

        Assert.Equal(CaseStatus.NotInForce, result.Status);
        Assert.Empty(result.Persons);
        Assert.Empty(result.Explanation);
        Assert.Null(result.LossSeverity.Tier);
        Assert.Null(result.Handling);
        var note = Assert.Single(result.Notes);
        Assert.Contains("2020-11-20", note.Text, StringComparison.Ordinal);
        Assert.Contains("2020-11-19", note.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_LargerLoss_ProjectsTierTotalsAndHandling()
    {
        var result = Evaluate("larger-loss.yaml");

        Assert.Equal(CaseStatus.Evaluated, result.Status);
        Assert.Equal("larger", result.LossSeverity.Tier);
        Assert.Equal("较大资产损失", result.LossSeverity.TierName);
        Assert.Equal(3_218_400m, result.LossSeverity.TotalLoss);
        Assert.Equal(486_000_000m, result.LossSeverity.Assets);
        Assert.Equal(["L1", "L2", "L3"], result.LossSeverity.CountedLosses.Select(l => l.LossId));
        var criterion = Assert.Single(result.LossSeverity.CriteriaMet);
        Assert.Equal(("larger", "amount"), (criterion.Tier, criterion.Criterion));
        Assert.Contains(result.LossSeverity.Citations, c => c.Article == "Art. 19(2)");
        Assert.Equal("group", result.Handling!.Authority);
        Assert.Equal("市属国有企业", result.Handling.AuthorityName);
        Assert.Contains(result.Handling.Source.Citations, c => c == new Citation("national-2016", "六(二)"));
    }

    [Fact]
    public void Evaluate_Persons_InInputOrderWithResponsibilityAndOrderedCitations()
    {
        var result = Evaluate("larger-loss.yaml");

        Assert.Equal(["P1", "P2", "P3"], result.Persons.Select(p => p.Id));
        Assert.Equal(["leadership", "supervisory", "direct"], result.Persons.Select(p => p.Responsibility!.Code));
        var p3 = result.Persons[2];
        Assert.Equal("derived", p3.Responsibility!.Basis);
        Assert.Equal(new PerformanceSalaryDeduction(50m, 100m, false, p3.SanctionSource!), p3.PerformanceSalaryDeduction);
        // 诫勉: 六个月内不得提拔、重用 (Art. 30), two kinds ending on the same day.
        Assert.Equal(["no-important-post", "no-promotion"], p3.PromotionRestrictions.Select(r => r.Kind));
        Assert.All(p3.PromotionRestrictions, r => Assert.Equal(new LocalDate(2024, 12, 28), r.LastDay));
        Assert.Equal("aggravate", p3.Adjustment!.Direction);
        Assert.Equal("adjustment-range", p3.Adjustment.Policy!.Id);
        Assert.Equal(["Art. 23", "Art. 24", "Art. 28(2)", "Art. 30", "Art. 31"], p3.Citations.Select(c => c.Article));
        Assert.Equal("transferred", result.Persons[0].StillHandled!.Status);
    }

    [Fact]
    public void Evaluate_MajorByRatio_HandledBySasacWithEveryReason()
    {
        var result = Evaluate("major-loss-ratio.json");

        Assert.Equal("major", result.LossSeverity.Tier);
        Assert.Equal(4m, result.LossSeverity.AssetRatioPercent);
        Assert.Equal("sasac", result.Handling!.Authority);
        Assert.Equal(2, result.Handling.Reasons.Length);
        Assert.Equal("given", result.Persons[0].Responsibility!.Basis);
        Assert.Single(result.Persons[1].DeductionStandards);
    }

    [Fact]
    public void Evaluate_UnknownAssets_NotesTheRatioNotEvaluated()
    {
        var result = Evaluate("general-loss-unknown-assets.yaml");

        Assert.Null(result.LossSeverity.AssetRatioPercent);
        Assert.Contains(result.LossSeverity.Notes, n => n.Text.Contains("asset-ratio criterion", StringComparison.Ordinal));
        Assert.Single(result.LossSeverity.ExcludedLosses);
        Assert.True(result.Persons[0].PerformanceSalaryDeduction!.MaxExclusive);
    }

    [Fact]
    public void Evaluate_ScopeFlag_IsOutOfScope()
    {
        var result = Evaluate("out-of-scope.yaml");

        Assert.Equal(CaseStatus.OutOfScope, result.Status);
        var flag = Assert.Single(result.ScopeFlags);
        Assert.Equal("safety-production-accident", flag.Code);
        Assert.Equal("安全生产责任事故", flag.Name);
        Assert.Equal("Art. 34", Assert.Single(flag.Source.Citations).Article);
    }

    [Fact]
    public void Evaluate_DateGiven_ReplacesTheCaseFactsDate()
    {
        var facts = Case("larger-loss.yaml").Facts;

        var result = CaseEvaluator.Evaluate(TestEngine.Of(Yibin), facts, new LocalDate(2025, 2, 3));
        var withoutCase = CaseEvaluator.Evaluate(TestEngine.Of(Yibin), facts.Where(f => f.Schema.Name != "case"), new LocalDate(2025, 2, 3));

        Assert.Equal(new LocalDate(2025, 2, 3), result.DecidedOn);
        Assert.DoesNotContain(result.Explanation.SelectMany(e => e.Matched), m => m.Contains("decidedOn=2024-06-28", StringComparison.Ordinal));
        Assert.Equal(result.Explanation.Select(e => e.RuleId), withoutCase.Explanation.Select(e => e.RuleId));
    }

    [Fact]
    public void Explanation_OneEntryPerFiringWithPolicyTitles()
    {
        var result = Evaluate("larger-loss.yaml");

        Assert.Equal(Enumerable.Range(1, result.Explanation.Length), result.Explanation.Select(e => e.Sequence));
        var withPolicy = result.Explanation.First(e => e.Policy is not null);
        Assert.Equal(Yibin.Definition.FindPolicy(withPolicy.Policy!.Id)!.Title, withPolicy.Policy.Title);
        Assert.All(result.Policies, p => Assert.Contains(result.Explanation, e => e.Policy?.Id == p.Id));
    }

    [Fact]
    public void Policies_OfAConclusionType_AreThoseOfTheRulesItsHeldFactsRestOn()
    {
        // A counted loss rests on the rule for an assessed contingent loss (which applies contingent-needs-assessment)
        // or on the rule for a direct or indirect loss (which applies no policy).
        var caseFile = Case("larger-loss.yaml");
        var withContingent = CaseEvaluator.Evaluate(TestEngine.Of(Yibin), caseFile.Facts, caseFile.DecidedOn);
        var withoutContingent = CaseEvaluator.Evaluate(
            TestEngine.Of(Yibin),
            caseFile.Facts.Where(f => f.Schema.Name != "loss" || f["kind"].AsText != "contingent"),
            caseFile.DecidedOn);

        Assert.Contains(withContingent.LossSeverity.CountedLosses, l => l.Kind == "contingent");
        Assert.Contains(withContingent.Policies, p => p.Id == "contingent-needs-assessment");
        Assert.NotEmpty(withoutContingent.LossSeverity.CountedLosses);
        Assert.DoesNotContain(withoutContingent.Policies, p => p.Id == "contingent-needs-assessment");
    }

    [Theory]
    [InlineData("Art. 9(6)", "Art. 19")]
    [InlineData("Art. 19", "Art. 19(2)")]
    [InlineData("Art. 19(2)", "Art. 19(10)")]
    [InlineData("Art. 28(3)", "Art. 30")]
    public void CitationOrder_ComparesNumbersNumerically(string lower, string higher)
    {
        Assert.True(CitationOrder.CompareNatural(lower, higher) < 0);
        Assert.True(CitationOrder.CompareNatural(higher, lower) > 0);
    }

    [Fact]
    public void ResultTypes_AreSealedAndImmutable()
    {
        var types = typeof(CaseResult).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(CaseResult).Namespace && t.IsClass).ToList();

        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.True(t.IsSealed, $"{t.Name} is not sealed."));
        var setters = types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
        Assert.Empty(setters);
        var mutableCollections = types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() != typeof(System.Collections.Immutable.ImmutableArray<>) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
        Assert.Empty(mutableCollections);
    }

    [Fact]
    public void Evaluate_CasesOneAfterAnother_EachAsOnAFreshRuleset()
    {
        // Evaluations on one compiled ruleset reuse its sessions (and their facts' entries) case after case.
        string[] examples = ["larger-loss.yaml", "discipline-proceedings.yaml", "general-loss-unknown-assets.yaml", "major-loss-ratio.json", "out-of-scope.yaml"];
        var fresh = examples.Select(example => Json(RuleCompiler.Compile(Yibin.Definition, Yibin.Catalog, Yibin.Calendar), example)).ToArray();

        var reused = RuleCompiler.Compile(Yibin.Definition, Yibin.Catalog, Yibin.Calendar);
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < examples.Length; i++)
            {
                Assert.Equal(fresh[i], Json(reused, examples[i]));
            }
        }

        static string Json(CompiledRuleSet ruleSet, string example)
        {
            var caseFile = Case(example);
            return CaseResultJson.ToJson(CaseEvaluator.Evaluate(TestEngine.Of(ruleSet), caseFile.Facts, caseFile.DecidedOn));
        }
    }

    private static CaseResult Evaluate(string example)
    {
        var caseFile = Case(example);
        return CaseEvaluator.Evaluate(TestEngine.Of(Yibin), caseFile.Facts, caseFile.DecidedOn);
    }

    private static CaseFile Case(string example)
    {
        var loaded = CaseLoader.LoadFile(CliRun.Example(example));
        Assert.True(loaded.Succeeded, loaded.ToString());
        return loaded.Value;
    }
}
