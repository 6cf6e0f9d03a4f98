using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Json;

/// <summary>
/// Writing results as JSON alone, as the batch writes them (compact): the cases are evaluated once,
/// then their results written again and again into one buffer. Reports per case, for each round, the
/// wall time, the process's CPU time, the bytes allocated and written; the least times of the rounds
/// are the figures least disturbed by a busy machine.
/// </summary>
internal static class Writes
{
    private const int Rounds = 15;

    public static int Run(string file, int count, bool explain)
    {
        var options = new EvaluationOptions { Explain = explain };
        var results = new List<CaseResult>(count);
        foreach (var line in File.ReadLines(file).Take(count))
        {
            if (CaseLoader.LoadAndResolve(line, "batch.jsonl", RuleSetCatalog.Bundled).Value is { } loaded)
            {
                results.Add(CaseEvaluator.Evaluate(loaded.RuleSet, loaded.Case.Facts, loaded.DecidedOn, options));
            }
        }

        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var json = new Utf8JsonWriter(buffer, CaseResultJson.WriterOptions with { Indented = false });
        var least = double.MaxValue;
        var leastCpu = double.MaxValue;
        for (var round = 1; round <= Rounds; round++)
        {
            var written = 0L;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            foreach (var result in results)
            {
                buffer.ResetWrittenCount();
                json.Reset(buffer);
                CaseResultJson.Write(json, result);
                json.Flush();
                written += buffer.WrittenCount;
            }

            wall.Stop();
            var micros = wall.Elapsed.TotalMicroseconds / results.Count;
            least = Math.Min(least, micros);
            var cpuMicros = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / results.Count;
            leastCpu = Math.Min(leastCpu, cpuMicros);
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / results.Count;
            Console.WriteLine($"round {round}, {results.Count} results{(explain ? " (explain)" : string.Empty)}, per result: write {micros:F2} µs, CPU {cpuMicros:F2} µs, {bytes} B allocated, {written / results.Count} B written");
        }

        Console.WriteLine($"least per result: write {least:F2} µs, CPU {leastCpu:F2} µs");
        return 0;
    }
}
