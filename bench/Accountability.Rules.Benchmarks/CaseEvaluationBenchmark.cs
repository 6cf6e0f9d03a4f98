using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Accountability.Rules.Benchmarks;

/// <summary>
/// One Yibin case through the compiled engine (session, insert, fire to quiescence, read the tier)
/// against the hand-written baseline, in the same run. Run:
/// <c>dotnet run -c Release --project bench/Accountability.Rules.Benchmarks -- --filter '*'</c>.
/// </summary>
[MemoryDiagnoser]
public class CaseEvaluationBenchmark
{
    private static readonly (decimal, int, bool)[] Losses = [(2_100_000m, 0, false), (640_000m, 1, false), (500_000m, 2, true)];
    private static readonly EvaluationOptions NoExplanation = new() { Explain = false };
    private CompiledRuleSet _ruleSet = null!;

    [GlobalSetup]
    public void Setup() => _ruleSet = YibinRuleSet.Value;

    [Benchmark(Baseline = true)]
    public int HandWritten() => HandWrittenYibin.Evaluate(250_000_000m, Losses, new LocalDate(2024, 7, 15)).Tier;

    [Benchmark]
    public int Engine()
    {
        var session = _ruleSet.CreateSession(new SessionOptions { RecordExplanation = false });
        session.InsertAll(YibinCase.Facts);
        session.Fire();
        return session.Query("lossTier").Length;
    }

    /// <summary>The whole evaluation a host runs: <see cref="CaseEvaluator"/> (session, fire, projection into a result) with the explanation.</summary>
    [Benchmark]
    public int Evaluate() => CaseEvaluator.Evaluate(_ruleSet, YibinCase.Facts, YibinCase.DecidedOn).Explanation.Length;

    /// <summary>The same without the explanation (<see cref="EvaluationOptions.Explain"/> off).</summary>
    [Benchmark]
    public int EvaluateWithoutExplanation() => CaseEvaluator.Evaluate(_ruleSet, YibinCase.Facts, YibinCase.DecidedOn, NoExplanation).Persons.Length;

    [Benchmark]
    public int EngineWithExplanation()
    {
        var session = _ruleSet.CreateSession();
        session.InsertAll(YibinCase.Facts);
        session.Fire();
        return session.Explain().Firings.Length;
    }
}
