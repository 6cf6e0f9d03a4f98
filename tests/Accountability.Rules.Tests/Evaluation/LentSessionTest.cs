#if !ENGINE_NRULES
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Json;
using Accountability.Rules.Tests.TestAssets.Equivalence;

namespace Accountability.Rules.Tests.Evaluation;

/// <summary>
/// <see cref="CaseEvaluator"/> on a compiled ruleset evaluates case after case on one lent session, which reuses its
/// derived facts once a case's result is projected (<see cref="FactPool"/>), but not those of the types a result
/// keeps (<see cref="ProjectionTables.KeptByResults"/>). Each result must be what a new session gives, and must not
/// change while later cases are evaluated. Compiled engine only (NRules sessions are not lent).
/// </summary>
public sealed class LentSessionTest
{
    private const int Cases = 150;

    [Theory]
    [MemberData(nameof(GenerationTargets.Names), MemberType = typeof(GenerationTargets))]
    public void GeneratedCases_OneAfterAnother_AsOnNewSessionsAndUnchangedByLaterCases(string target)
    {
        var generation = GenerationTargets.Named(target);
        var ruleSet = generation.RuleSet;
        // Not a CompiledRuleSet: CaseEvaluator creates a new session for each case.
        var newSessions = new RecordingEngine(ruleSet);
        var results = new List<(CaseResult Result, string Json)>();
        for (var seed = 1; seed <= Cases; seed++)
        {
            var repro = generation.Repro(seed);
            var onLent = CaseEvaluator.Evaluate(ruleSet, repro.Facts, repro.DecidedOn);
            var json = CaseResultJson.ToJson(onLent);
            Assert.Equal(CaseResultJson.ToJson(CaseEvaluator.Evaluate(newSessions, repro.Facts, repro.DecidedOn)), json);
            results.Add((onLent, json));
        }

        foreach (var (result, json) in results)
        {
            Assert.Equal(json, CaseResultJson.ToJson(result));
        }

        if (!ruleSet.Projection.ConclusionTypes.IsEmpty)
        {
            // The kept types are kept: conclusions hold their facts, read as the result is written.
            Assert.Contains(results, r => !r.Result.Conclusions.IsEmpty);
        }
    }

    [Fact]
    public void KeptByResults_ConclusionTypesOnly()
    {
        var ruleSet = GenerationTargets.Named("national-2016").RuleSet;
        var tables = ruleSet.Projection;

        var kept = ruleSet.Catalog.Types.Where(t => tables.KeptByResults[t.Ordinal]).Select(t => t.Name);

        Assert.Equal(tables.ConclusionTypes.Select(t => t.Name), kept);
        Assert.NotEmpty(kept);
    }
}
#endif
