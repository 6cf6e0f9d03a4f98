using System.Text.Json;
using Accountability.Rules.CaseGeneration;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using BenchmarkDotNet.Attributes;

namespace Accountability.Rules.Benchmarks;

/// <summary>
/// Loading one case of a batch: generated cases (the batch harness's, <c>CaseGenerator</c>) for
/// every bundled ruleset in turn, one case per operation. <c>LoadJsonLine</c> is what the batch does
/// per row before evaluating (<see cref="CaseLoader.LoadAndResolve(string, string, RuleSetCatalog, NodaTime.LocalDate?, Engine.CompiledRuleSet?)"/>
/// of a JSON line: read, check, resolve the ruleset, check the codes); <c>LoadYaml</c> a case written
/// as a YAML case file (the generator's YAML cases); <c>ParseJsonOnly</c> only parses the JSON line
/// (<see cref="JsonDocument"/>), the floor of any loader. Run:
/// <c>dotnet run -c Release --project bench/Accountability.Rules.Benchmarks -- --filter '*CaseLoading*'</c>.
/// </summary>
[MemoryDiagnoser]
public class CaseLoadingBenchmark
{
    private const int Cases = 70;
    private string[] _jsonLines = [];
    private string[] _yaml = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = RuleSetCatalog.Bundled;
        var generators = catalog.Ids.Select(id => new CaseGenerator(catalog.TryGet(id, out var compiled) ? compiled.Definition : throw new InvalidOperationException(id))).ToArray();
        _jsonLines = [.. Enumerable.Range(0, Cases).Select(seed => generators[seed % generators.Length].GenerateJsonLine(seed))];
        _yaml = [.. Enumerable.Range(0, int.MaxValue).Select(seed => generators[seed % generators.Length].Generate(seed))
            .Where(c => c.Format == CaseFormat.Yaml).Take(Cases).Select(c => c.Text)];
        foreach (var text in _jsonLines.Concat(_yaml))
        {
            if (!CaseLoader.LoadAndResolve(text, "bench.jsonl", catalog).Succeeded)
            {
                throw new InvalidOperationException($"A generated case does not load. Text={text}");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int ParseJsonOnly()
    {
        using var document = JsonDocument.Parse(Next(_jsonLines));
        return (int)document.RootElement.ValueKind;
    }

    [Benchmark]
    public int LoadJsonLine() => CaseLoader.LoadAndResolve(Next(_jsonLines), "bench.jsonl", RuleSetCatalog.Bundled).Value!.Case.Facts.Length;

    [Benchmark]
    public int LoadYaml() => CaseLoader.LoadAndResolve(Next(_yaml), "bench.yaml", RuleSetCatalog.Bundled).Value!.Case.Facts.Length;

    private string Next(string[] texts)
    {
        _next = (_next + 1) % Cases;
        return texts[_next];
    }
}
