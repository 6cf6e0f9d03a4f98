using System.Diagnostics;
using System.Globalization;
using Accountability.Rules.Data.Batch;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.NRules;
using NodaTime;
using Spectre.Console;

namespace Accountability.Rules.Cli.Commands;

/// <summary>
/// <c>accountability evaluate --batch &lt;cases.jsonl|cases.csv|-&gt; --out &lt;results.jsonl|-&gt;</c>: evaluates
/// a JSON Lines file of cases (or a CSV file, by its <c>.csv</c> extension; standard input is JSON Lines) on every processor through <see cref="BatchEvaluator"/> and writes one
/// JSON row per case in input order; a progress bar on standard error when it is a terminal; a
/// summary on standard error at the end. Exit 0 every case evaluated (status <c>evaluated</c> or
/// <c>evaluatedWithExclusions</c>); 1 some case not decided (out of scope, not in force,
/// incomplete) and no error row; 2 an error row or bad arguments.
/// </summary>
internal static class BatchRun
{
    /// <summary>What the batch evaluates with: the rulesets, an explicit ruleset, the date, the options and the engine.</summary>
    public sealed record Settings(RuleSetCatalog Catalog, CompiledRuleSet? RuleSet, LocalDate? On, EvaluationOptions Evaluation, string Engine);

    public static int Run(CliConsole console, string input, string output, Settings settings)
    {
        FileStream? file = null;
        if (input != "-")
        {
            try
            {
                file = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan | FileOptions.Asynchronous);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                console.Report(CliDiagnostics.BatchInputNotRead.At(null, input, ex.Message));
                return ExitCodes.BadInput;
            }
        }

        using (file)
        {
            Stream results;
            try
            {
                // A file of results is written in large blocks past the page cache (DirectFileStream).
                results = output == "-" ? console.OutStream() : DirectFileStream.Open(output);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                console.Report(CliDiagnostics.BatchOutputNotWritten.At(null, output, ex.Message));
                return ExitCodes.BadInput;
            }

            using (results)
            {
                var source = file is null ? CaseRecords.StandardInputName : input;
                var csv = file is not null && Path.GetExtension(input).Equals(".csv", StringComparison.OrdinalIgnoreCase);
                var cases = file is null ? CaseRecords.ReadJsonLines(console.In, source) : csv ? CaseRecords.ReadCsv(file, source) : CaseRecords.ReadJsonLines(file, source);
                Func<CompiledRuleSet, IRuleSessionFactory>? engine = settings.Engine == NRulesEngine.Name ? NRulesEngine.For : null;
                var evaluator = new BatchEvaluator(settings.Catalog, new BatchOptions { On = settings.On, Evaluation = settings.Evaluation }, settings.RuleSet, engine);
                var clock = Stopwatch.StartNew();
                BatchSummary summary;
                try
                {
                    // A progress bar only on a terminal, and not over results printed to the same terminal.
                    var showProgress = console.ErrorIsTerminal && !(output == "-" && console.OutIsTerminal);
                    summary = showProgress
                        ? WithProgress(console, evaluator, cases, results, file).GetAwaiter().GetResult()
                        : evaluator.WriteJsonLinesAsync(cases, results).GetAwaiter().GetResult();

                    // The file's last bytes are written as it closes (DirectFileStream): a failure then is the output's too.
                    results.Dispose();
                }
                catch (IOException ex) when (results is DirectFileStream { HasFailed: true })
                {
                    console.Report(CliDiagnostics.BatchOutputNotWritten.At(null, output, ex.Message));
                    return ExitCodes.BadInput;
                }
                catch (IOException ex)
                {
                    console.Report(CliDiagnostics.BatchInputNotRead.At(null, input, ex.Message));
                    return ExitCodes.BadInput;
                }

                return Summarise(console, source, summary, clock.Elapsed);
            }
        }
    }

    private static int Summarise(CliConsole console, string source, BatchSummary summary, TimeSpan elapsed)
    {
        foreach (var diagnostic in summary.FirstErrors)
        {
            console.Report(diagnostic);
        }

        if (summary.Errors > BatchSummary.KeptErrorRows)
        {
            console.ErrorLine($"accountability: {Count(summary.Errors - BatchSummary.KeptErrorRows)} more error rows, each with its line and diagnostics in the output");
        }

        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var evaluated = summary.Rows - summary.Errors;
        console.ErrorLine($"accountability: {Count(summary.Rows)} cases from {source} in {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({Count((long)(summary.Rows / seconds))} cases/s): {Count(evaluated)} evaluated, {Count(summary.Errors)} error rows");
        if (evaluated > 0)
        {
            console.ErrorLine($"  by status: {string.Join(", ", summary.ByStatus.Select(s => $"{s.Key} {Count(s.Value)}"))}");
            console.ErrorLine($"  by loss tier: {string.Join(", ", summary.ByTier.Select(t => $"{t.Key} {Count(t.Value)}").Append($"no tier {Count(summary.WithoutTier)}"))}");
        }

        if (summary.Errors > 0)
        {
            return ExitCodes.BadInput;
        }

        var decided = summary.ByStatus.GetValueOrDefault("evaluated") + summary.ByStatus.GetValueOrDefault("evaluatedWithExclusions");
        return decided == evaluated ? ExitCodes.Success : ExitCodes.NotEvaluated;
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Runs the batch under a progress bar on standard error: rows, rate, and for a file the share read and the time left.</summary>
    private static async Task<BatchSummary> WithProgress(CliConsole console, BatchEvaluator evaluator, IAsyncEnumerable<CaseRecord> cases, Stream results, FileStream? file)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error), Interactive = InteractionSupport.Yes });
        var rows = new RowCounter();
        var clock = Stopwatch.StartNew();
        return await terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var length = file?.Length ?? 0;
                var task = context.AddTask("evaluating", maxValue: Math.Max(length, 1));
                task.IsIndeterminate = file is null;
                var run = evaluator.WriteJsonLinesAsync(cases, results, rows);
                while (!run.IsCompleted)
                {
                    await Task.WhenAny(run, Task.Delay(250)).ConfigureAwait(false);
                    var done = rows.Value;
                    task.Description = $"{Count(done)} cases, {Count((long)(done / Math.Max(clock.Elapsed.TotalSeconds, 0.001)))}/s";
                    if (file is not null)
                    {
                        task.Value = Math.Min(file.Position, length);
                    }
                }

                task.Value = task.MaxValue;
                return await run.ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    /// <summary>The rows written so far, read by the progress bar's loop.</summary>
    private sealed class RowCounter : IProgress<long>
    {
        private long _value;

        public long Value => Interlocked.Read(ref _value);

        public void Report(long value) => Interlocked.Exchange(ref _value, value);
    }
}
