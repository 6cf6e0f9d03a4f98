using System.Diagnostics;
using System.Text.Json;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Json;

/// <summary>Where one case's time goes on one thread: loading and resolving, evaluating (and, in the second pass, by ruleset), writing JSON.</summary>
internal static class Phases
{
    public static int Run(string file, int count)
    {
        var lines = File.ReadLines(file).Take(count).ToArray();
        var options = new EvaluationOptions { Explain = false };
        var json = new Utf8JsonWriter(Stream.Null, CaseResultJson.WriterOptions with { Indented = false });
        for (var pass = 0; pass < 2; pass++)
        {
            var load = new Stopwatch();
            var evaluate = new Stopwatch();
            var write = new Stopwatch();
            long loadBytes = 0, evaluateBytes = 0, writeBytes = 0;
            var byRuleSet = new Dictionary<string, (int Cases, long Ticks)>(StringComparer.Ordinal);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            foreach (var line in lines)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                load.Start();
                var resolved = CaseLoader.LoadAndResolve(line, "batch.jsonl", RuleSetCatalog.Bundled);
                load.Stop();
                var after = GC.GetAllocatedBytesForCurrentThread();
                loadBytes += after - before;
                if (resolved.Value is not { } loaded)
                {
                    continue;
                }

                var started = evaluate.ElapsedTicks;
                evaluate.Start();
                var result = CaseEvaluator.Evaluate(loaded.RuleSet, loaded.Case.Facts, loaded.DecidedOn, options);
                evaluate.Stop();
                var (cases, ticks) = byRuleSet.GetValueOrDefault(loaded.RuleSet.Definition.Id);
                byRuleSet[loaded.RuleSet.Definition.Id] = (cases + 1, ticks + evaluate.ElapsedTicks - started);
                before = GC.GetAllocatedBytesForCurrentThread();
                evaluateBytes += before - after;
                write.Start();
                json.Reset(Stream.Null);
                CaseResultJson.Write(json, result);
                json.Flush();
                write.Stop();
                writeBytes += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            var perCase = (GC.GetAllocatedBytesForCurrentThread() - allocated) / lines.Length;
            if (pass == 1)
            {
                foreach (var (id, (cases, ticks)) in byRuleSet.OrderByDescending(r => r.Value.Ticks))
                {
                    Console.WriteLine($"  evaluate {id}: {cases} cases, {Math.Round(Stopwatch.GetElapsedTime(0, ticks).TotalMicroseconds / cases, 1)} µs per case, {Math.Round(100.0 * ticks / evaluate.ElapsedTicks, 1)}% of evaluating");
                }
            }

            Console.WriteLine($"pass {pass + 1}, {lines.Length} cases, per case: load {Micro(load)} µs, evaluate {Micro(evaluate)} µs, write JSON {Micro(write)} µs; {perCase / 1024} KB allocated"
                + $" (load {loadBytes / lines.Length} B, evaluate {evaluateBytes / lines.Length} B, write {writeBytes / lines.Length} B)");
        }

        return 0;

        double Micro(Stopwatch watch) => Math.Round(watch.Elapsed.TotalMicroseconds / lines.Length, 1);
    }
}
