using Accountability.Rules.Benchmarks.HandWrittenNRules;
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.NRules;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NRules;

namespace Accountability.Rules.Benchmarks;

/// <summary>
/// The speed comparison on one Yibin case (<see cref="YibinCase"/>): the small hand-written baseline,
/// the full hand-written C#, the compiled engine, the whole evaluation through the public API (with and without the explanation),
/// hand-written NRules rules and the NRules engine built from the YAML ruleset, in the same run. The
/// setup checks that the full versions conclude exactly what the engine concludes. Run:
/// <c>dotnet run -c Release --project bench/Accountability.Rules.Benchmarks -- --filter '*EngineComparison*'</c>.
/// </summary>
[MemoryDiagnoser]
public class EngineComparisonBenchmark
{
    private static readonly (decimal, int, bool)[] Losses = [(2_100_000m, 0, false), (640_000m, 1, false), (500_000m, 2, true)];
    private static readonly SessionOptions Quiet = new() { RecordExplanation = false };

    /// <summary>What a batch host passes: no explanation.</summary>
    private static readonly EvaluationOptions Batch = new() { Explain = false };

    /// <summary>The conclusion types the engine row reads: every type the full versions conclude.</summary>
    private static readonly string[] Conclusions =
    [
        "countedLoss", "excludedLoss", "lossTotal", "tierCriterion", "lossTier", "responsibilityBasis",
        "personResponsibility", "sanction", "factorFinding", "toleranceDenied", "adjustment", "restriction",
        "promotionRestriction", "authority", "scopeFlag", "stillHandled", "deductionStandard", "deductionBase", "note",
    ];

    private CompiledRuleSet _compiled = null!;
    private ISessionFactory _nrules = null!;
    private NRulesRuleSet _nrulesFromYaml = null!;
    private YibinTypedCase _typed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compiled = YibinRuleSet.Value;
        _nrules = YibinNRules.Compile();
        _typed = YibinTypedCase.From(YibinCase.Facts);
        YibinConclusionCheck.AssertSame(_compiled, _nrules, YibinCase.Facts, nameof(YibinCase));
        _nrulesFromYaml = NRulesEngine.For(_compiled);
        if (Conclusions.Any(type => !ConclusionTexts(_compiled, type).SequenceEqual(ConclusionTexts(_nrulesFromYaml, type))))
        {
            throw new InvalidOperationException("The NRules engine concludes otherwise than the compiled engine on the bench case.");
        }
    }

    /// <summary>Tier, total, three salary minimums and one date (<see cref="HandWrittenYibin"/>).</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten() => HandWrittenYibin.Evaluate(250_000_000m, Losses, new LocalDate(2024, 7, 15)).Tier;

    /// <summary>Every conclusion of the ruleset for the case (<see cref="HandWrittenYibinFull"/>).</summary>
    [Benchmark]
    public int HandWrittenFull() => HandWrittenYibinFull.Evaluate(_typed).Sanctions.Count;

    /// <summary>Session, insert, fire to quiescence, read every conclusion type; explanations off.</summary>
    [Benchmark]
    public int CompiledEngine() => ReadConclusions(_compiled);

    /// <summary>
    /// The whole evaluation through the public API, as a batch host runs it: <see cref="CaseEvaluator.Evaluate(IRuleSessionFactory, IEnumerable{Facts.Fact}, LocalDate, EvaluationOptions)"/>
    /// on the compiled engine without the explanation (session, insert, fire, projection into a <see cref="CaseResult"/>).
    /// </summary>
    [Benchmark]
    public int Evaluate() => CaseEvaluator.Evaluate(_compiled, YibinCase.Facts, YibinCase.DecidedOn, Batch).Persons.Length;

    /// <summary>The same with the explanation (the default options).</summary>
    [Benchmark]
    public int EvaluateExplained() => CaseEvaluator.Evaluate(_compiled, YibinCase.Facts, YibinCase.DecidedOn).Explanation.Length;

    private static IEnumerable<string> ConclusionTexts(IRuleSessionFactory engine, string type)
    {
        var session = engine.CreateSession(Quiet);
        session.InsertAll(YibinCase.Facts);
        session.Fire();
        return session.Query(type).Select(f => f.ToString()).Order(StringComparer.Ordinal);
    }

    private static int ReadConclusions(IRuleSessionFactory engine)
    {
        var session = engine.CreateSession(Quiet);
        session.InsertAll(YibinCase.Facts);
        session.Fire();
        var count = 0;
        foreach (var type in Conclusions)
        {
            count += session.Query(type).Length;
        }

        return count;
    }

    /// <summary>The same work as <see cref="CompiledEngine"/> on the NRules engine built from the YAML ruleset.</summary>
    [Benchmark]
    public int NRulesFromYaml() => ReadConclusions(_nrulesFromYaml);

    /// <summary>Session, insert the typed facts, fire, read every conclusion (<see cref="YibinNRules"/>).</summary>
    [Benchmark]
    public int HandWrittenNRules() => YibinNRules.Evaluate(_nrules, _typed).Sanctions.Count;
}
