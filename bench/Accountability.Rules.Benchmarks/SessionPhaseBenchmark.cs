using Accountability.Rules.Engine;
using BenchmarkDotNet.Attributes;

namespace Accountability.Rules.Benchmarks;

/// <summary>Where a case's time goes: creating a session, inserting the facts, firing.</summary>
[MemoryDiagnoser]
public class SessionPhaseBenchmark
{
    private CompiledRuleSet _ruleSet = null!;
    private static readonly SessionOptions Quiet = new() { RecordExplanation = false };

    [GlobalSetup]
    public void Setup() => _ruleSet = YibinRuleSet.Value;

    [Benchmark]
    public object CreateSession() => _ruleSet.CreateSession(Quiet);

    [Benchmark]
    public object CreateAndInsert()
    {
        var session = _ruleSet.CreateSession(Quiet);
        session.InsertAll(YibinCase.Facts);
        return session;
    }
}
