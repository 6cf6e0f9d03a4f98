using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Accountability.Rules.Data.Batch;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Json;

/// <summary>
/// The whole batch pipeline in this process (reading the file, evaluating on every processor, writing
/// the rows to nowhere), several passes over the same file, so that the first pass's warm-up shows
/// apart. Reports per pass the wall time and the process's CPU time per case, the bytes allocated per
/// case and the collector's work (collections by generation, time paused): where the batch command's
/// time goes beyond a case's own loading, evaluation and writing.
/// </summary>
internal static class Pipeline
{
    public static async Task<int> Run(string file, int passes, int? workers)
    {
        var evaluator = new BatchEvaluator(RuleSetCatalog.Bundled, new BatchOptions { MaxDegreeOfParallelism = workers });
        return await Passes(passes, $"{workers?.ToString(CultureInfo.InvariantCulture) ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)} workers", async () =>
        {
            await using var input = File.OpenRead(file);
            var summary = await evaluator.WriteJsonLinesAsync(CaseRecords.ReadJsonLines(input, file), Stream.Null);
            return summary.Rows;
        });
    }

    /// <summary>
    /// The same work on the calling thread alone, no pipeline: each case read, loaded, evaluated and
    /// written as JSON (to nowhere) before the next; what the pipeline's hand-overs are measured against.
    /// An error row is not written (its writer is internal to the library): compare on inputs without them.
    /// </summary>
    public static async Task<int> Serial(string file, int passes)
    {
        var evaluator = new BatchEvaluator(RuleSetCatalog.Bundled);
        var json = new Utf8JsonWriter(Stream.Null, CaseResultJson.WriterOptions with { Indented = false });
        return await Passes(passes, "one thread, no pipeline", () =>
        {
            using var input = File.OpenRead(file);
            long rows = 0;
            foreach (var record in CaseRecords.ReadJsonLines(input, file).ToBlockingEnumerable())
            {
                var result = evaluator.Evaluate(record);
                json.Reset(Stream.Null);
                if (result.Result is { } evaluated)
                {
                    CaseResultJson.Write(json, evaluated);
                }

                json.Flush();
                rows++;
            }

            return Task.FromResult(rows);
        });
    }

    private static async Task<int> Passes(int passes, string how, Func<Task<long>> run)
    {
        var process = Process.GetCurrentProcess();
        for (var pass = 1; pass <= passes; pass++)
        {
            var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
            var paused = GC.GetTotalPauseDuration();
            var allocated = GC.GetTotalAllocatedBytes(precise: false);
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var rows = await run();
            wall.Stop();
            process.Refresh();
            Console.WriteLine(
                $"pass {pass}, {rows} rows, {how}: "
                + $"wall {wall.Elapsed.TotalMicroseconds / rows:F1} µs/case ({rows / wall.Elapsed.TotalSeconds:F0} cases/s), "
                + $"CPU {(process.TotalProcessorTime - cpu).TotalMicroseconds / rows:F1} µs/case, "
                + $"{(GC.GetTotalAllocatedBytes(precise: false) - allocated) / rows} B/case allocated; "
                + $"collections gen0 {GC.CollectionCount(0) - collections[0]}, gen1 {GC.CollectionCount(1) - collections[1]}, gen2 {GC.CollectionCount(2) - collections[2]}, "
                + $"paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms ({(GC.GetTotalPauseDuration() - paused) / wall.Elapsed:P1} of wall); "
                + Ephemeral());
        }

        return 0;
    }

    /// <summary>What the last ephemeral collection found: the gen0 budget it collected and the bytes it kept (promoted).</summary>
    private static string Ephemeral()
    {
        var last = GC.GetGCMemoryInfo(GCKind.Ephemeral);
        return $"last ephemeral collection: gen{last.Generation}, gen0 {last.GenerationInfo[0].SizeBeforeBytes / 1024} KB before, promoted {last.PromotedBytes / 1024} KB, gen1 {last.GenerationInfo[1].SizeAfterBytes / 1024} KB after";
    }
}
