using Accountability.Rules.Benchmarks.HandWrittenNRules;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;
using Accountability.Rules.NRules;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NRules;

namespace Accountability.Rules.Benchmarks;

/// <summary>
/// Compile time: the hand-written NRules rules (<see cref="YibinNRules"/>), against the compiled
/// engine compiling the Yibin ruleset. One process, no warm-up: the first iteration is the cold
/// compile (NRules' expression compiler not yet jitted), the later ones warm. Run:
/// <c>dotnet run -c Release --project bench/Accountability.Rules.Benchmarks -- --filter '*NRulesCompile*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 5)]
public class NRulesCompileBenchmark
{
    private RuleSetDefinition _yibin = null!;
    private CompiledRuleSet[] _fresh = [];

    [GlobalSetup]
    public void Setup()
    {
        _yibin = RuleSetCatalog.Bundled.TryGetDefinition("yibin-2020", out var definition)
            ? definition
            : throw new InvalidOperationException("yibin-2020 is not bundled.");

    }

    /// <summary>RuleRepository + Compile of the 37 hand-written fluent rules.</summary>
    [Benchmark(Baseline = true)]
    public ISessionFactory HandWrittenNRules() => YibinNRules.Compile();

    /// <summary>The compiled engine compiling the loaded Yibin ruleset (64 rules), for scale.</summary>
    [Benchmark]
    public CompiledRuleSet CompiledEngineYibin() => Engine.RuleCompiler.Compile(_yibin);

    /// <summary>Fresh compiled rulesets for each iteration: <see cref="NRulesEngine.For"/> caches per instance.</summary>
    [IterationSetup(Target = nameof(NRulesEngineBundled))]
    public void FreshRuleSets() =>
        _fresh = [.. RuleSetCatalog.Bundled.RuleSets.Select(d => Engine.RuleCompiler.Compile(d, calendar: RuleSetCatalog.Bundled.Calendars.FirstOrDefault(c => c.Id == d.CalendarId)))];

    /// <summary>Every bundled ruleset (each version) translated and compiled for NRules.</summary>
    [Benchmark]
    public int NRulesEngineBundled()
    {
        var count = 0;
        foreach (var ruleSet in _fresh)
        {
            count += NRulesEngine.For(ruleSet).RuleDefinitions.Length;
        }

        return count;
    }
}
