using System.CommandLine;
using Accountability.Rules.Cli.Rendering;
using Accountability.Rules.Data;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Sources;
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Json;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Cli.Commands;

/// <summary>
/// <c>accountability evaluate &lt;case-file&gt;|--batch &lt;cases.jsonl|-&gt; [--out &lt;results.jsonl|-&gt;] [--format text|json] [--on DATE] [--ruleset FILE]... [--explain] [--engine compiled|nrules] [--max-firings N]</c>: loads a
/// case, resolves its ruleset among the bundled ones, validates the case against it, evaluates and
/// prints the result. Exit 0 evaluated; 1 out of scope, not in force, or not fully evaluated (a
/// deadline outside the working-day calendar); 2 bad input.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new CaseOptions(fileOptional: true);
        var explain = new Option<bool>("--explain") { Description = "Text format: append the reasons of every conclusion and the near misses, as `accountability explain` prints them. With --batch: each row carries its explanation." };
        var batch = new Option<string?>("--batch")
        {
            HelpName = "FILE|-",
            Description = "Evaluate every case of a JSON Lines file (one case per line, as the JSON of a case file; '-' for standard input) or of a .csv file (a header of case paths such as losses.0.amount, one case per row) on every processor, and write one JSON result per line, in input order, to --out (see README: Batch evaluation).",
        };
        var output = new Option<string?>("--out")
        {
            HelpName = "FILE|-",
            Description = "With --batch: the JSON Lines file the results go to ('-', the default, for standard output).",
        };
        var command = new Command("evaluate", "Evaluates a case against the bundled ruleset it names and prints loss severity, handling and each person's sanction range with their articles; or, with --batch, a JSON Lines file of cases.");
        options.AddTo(command);
        command.Options.Add(explain);
        command.Options.Add(batch);
        command.Options.Add(output);
        command.SetAction(parsed =>
        {
            var path = options.File(parsed);
            var batchInput = parsed.GetValue(batch);
            var outPath = parsed.GetValue(output);
            if ((path is null) == (batchInput is null) || (outPath is not null && batchInput is null))
            {
                var what = path is not null && batchInput is not null ? "a case file or --batch, not both"
                    : outPath is not null && batchInput is null ? "--out only with --batch"
                    : "a case file or --batch";
                console.Report(CliDiagnostics.CaseOrBatch.At(null, what));
                return ExitCodes.BadInput;
            }

            var request = options.Read(parsed, path ?? batchInput!);
            if (batchInput is not null && options.FormatGiven(parsed) && request.Format != "json")
            {
                console.Report(CliDiagnostics.BatchTextFormat.At(null, request.Format));
                return ExitCodes.BadInput;
            }

            var rendering = parsed.GetValue(explain) ? Rendering.Full | Rendering.Reasons : Rendering.Full;
            return Run(console, request, rendering, batchInput is null ? null : outPath ?? "-");
        });
        return command;
    }

    /// <summary>What the text format prints.</summary>
    [Flags]
    internal enum Rendering
    {
        /// <summary>The result: loss severity, handling, persons, conclusions, notes, policies.</summary>
        Full = 1,

        /// <summary>The reasons tree and the near misses.</summary>
        Reasons = 2,

        /// <summary>With <see cref="Reasons"/>: the original text of each article cited.</summary>
        Articles = 4,
    }

    /// <summary>The case, format, date, ruleset, engine and limit options <c>evaluate</c> and <c>explain</c> share.</summary>
    internal sealed class CaseOptions
    {
        private readonly Argument<string?> _file;
        private readonly Option<string> _format = new("--format", "-f")
        {
            Description = "text for analysts (default), json for other systems.",
            DefaultValueFactory = _ => "text",
        };

        private readonly Option<string?> _on = new("--on") { HelpName = "DATE", Description = "Evaluate as of this decision date (ISO, e.g. 2024-06-28) instead of the case's decidedOn." };
        private readonly Option<string[]> _ruleset = new("--ruleset")
        {
            HelpName = "FILE",
            Description = "Evaluate under this ruleset or overlay file instead of the bundled ruleset the case names. Repeat it for a chain of overlays: the files load together (a file's parent may be a bundled ruleset or another given file) and the case is evaluated under the one no other given file extends.",
        };

        private readonly Option<string> _engine = EngineOption.Create();

        private readonly Option<string?> _maxFirings = new("--max-firings")
        {
            HelpName = "N",
            Description = $"The most rule firings the evaluation may make before it is reported as a cycle (default {CaseEvaluator.BaseFirings} + {CaseEvaluator.FiringsPerFact} per input fact).",
        };

        /// <summary>The options; <paramref name="fileOptional"/> when the case file may be left out (for <c>evaluate --batch</c>).</summary>
        public CaseOptions(bool fileOptional = false)
        {
            _file = new("case-file") { Description = "The case, as YAML or JSON (see README: Case input).", Arity = fileOptional ? ArgumentArity.ZeroOrOne : ArgumentArity.ExactlyOne };
            _format.AcceptOnlyFromAmong("text", "json");
        }

        public void AddTo(Command command)
        {
            command.Arguments.Add(_file);
            command.Options.Add(_format);
            command.Options.Add(_on);
            command.Options.Add(_ruleset);
            command.Options.Add(_engine);
            command.Options.Add(_maxFirings);
        }

        /// <summary>The case file given; <c>null</c> when it was left out.</summary>
        public string? File(ParseResult parsed) => parsed.GetValue(_file);

        /// <summary>Whether <c>--format</c> was given on the command line (not only its default).</summary>
        public bool FormatGiven(ParseResult parsed) => parsed.GetResult(_format) is { Implicit: false };

        public CaseRequest Read(ParseResult parsed) => Read(parsed, parsed.GetValue(_file)!);

        /// <summary>The options with <paramref name="path"/> as the case file (or the batch input).</summary>
        public CaseRequest Read(ParseResult parsed, string path) => new(
            path,
            parsed.GetValue(_format) ?? "text",
            parsed.GetValue(_on),
            parsed.GetValue(_ruleset) ?? [],
            parsed.GetValue(_engine) ?? CompiledRuleSet.EngineName,
            parsed.GetValue(_maxFirings));
    }

    /// <summary>The options as given on the command line.</summary>
    internal sealed record CaseRequest(string Path, string Format, string? On, string[] RuleSetFiles, string Engine, string? MaxFirings);

    /// <summary>The text of a citation's article from the ruleset's documents' sources, looked for beside the last ruleset file given first.</summary>
    private static Func<Citation, string?> ArticleText(RuleSetDefinition ruleSet, string[] rulesetFiles) =>
        citation => RuleSetFiles.Article(ruleSet, citation, rulesetFiles.Length > 0 ? rulesetFiles[^1] : null)?.Text;

    /// <summary>Loads, evaluates and prints a case, or with <paramref name="batchOut"/> evaluates the JSON Lines file <see cref="CaseRequest.Path"/> into it; the exit code.</summary>
    internal static int Run(CliConsole console, CaseRequest request, Rendering rendering, string? batchOut = null)
    {
        var (path, format, on, rulesetFiles, engine, maxFiringsText) = request;
        var explain = rendering.HasFlag(Rendering.Reasons);
        int? maxFirings = null;
        if (maxFiringsText is not null)
        {
            if (!int.TryParse(maxFiringsText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit) || limit < 1)
            {
                console.Report(CliDiagnostics.BadMaxFirings.At(null, maxFiringsText));
                return ExitCodes.BadInput;
            }

            maxFirings = limit;
        }

        LocalDate? date = null;
        if (on is not null)
        {
            date = IsoDate.Parse(on);
            if (date is null)
            {
                console.Report(CliDiagnostics.BadDate.At(null, on));
                return ExitCodes.BadInput;
            }
        }

        var catalog = RuleSetCatalog.Bundled;
        CompiledRuleSet? explicitRuleSet = null;
        if (rulesetFiles.Length > 0)
        {
            if (RuleSetFiles.Load(console, rulesetFiles) is not var (extended, outermost))
            {
                return ExitCodes.BadInput;
            }

            catalog = extended;
            extended.TryGet(outermost.RuleSet.Id, outermost.RuleSet.Version, out explicitRuleSet);
        }

        if (batchOut is not null)
        {
            var evaluation = new EvaluationOptions { MaxFirings = maxFirings, Explain = explain };
            return BatchRun.Run(console, path, batchOut, new BatchRun.Settings(catalog, explicitRuleSet, date, evaluation, engine));
        }

        var resolved = CaseLoader.LoadAndResolve(path, catalog, date, explicitRuleSet);
        if (!resolved.Succeeded)
        {
            return RuleSetFiles.Report(console, resolved.Diagnostics);
        }

        var (caseFile, ruleSet, decidedOn, notInForce) = resolved.Value;
        CaseResult result;
        try
        {
            result = CaseEvaluator.Evaluate(EngineOption.For(engine, ruleSet), caseFile.Facts, decidedOn, new EvaluationOptions { MaxFirings = maxFirings, Explain = explain || format == "json" });
        }
        catch (RuleCycleException cycle)
        {
            // The ruleset's author made rules that feed each other forever: bad input, at each rule.
            return RuleSetFiles.Report(console, cycle.Diagnostics(ruleSet.Definition));
        }

        console.Write(format == "json" ? CaseResultJson.ToJson(result) + "\n"
            : rendering.HasFlag(Rendering.Full) ? TextRenderer.Render(result, explain)
            : ReasonsRenderer.Render(result, rendering.HasFlag(Rendering.Articles) ? ArticleText(ruleSet.Definition, rulesetFiles) : null));
        switch (result.Status)
        {
            case CaseStatus.Evaluated:
                return ExitCodes.Success;
            case CaseStatus.Incomplete:
                // A working-day deadline falls in a year the calendar has no State Council notice for.
                var gaps = result.Conclusions.Where(c => c.Type == "calendarGap").Select(c => $"{c["conclusion"]}.{c["field"]} counts working days in {c["year"]}: the working-day calendar '{c["calendar"]}' has no data for {c["year"]}");
                console.ErrorLine($"accountability: {path}: not fully evaluated: {string.Join("; ", gaps)}");

                return ExitCodes.NotEvaluated;
            case CaseStatus.EvaluatedWithExclusions:
                console.ErrorLine($"accountability: {path}: evaluated; parts left out: {string.Join(", ", result.ScopeFlags.Select(f => $"{f.Subject} ({f.Code})"))}");
                return ExitCodes.Success;
            case CaseStatus.OutOfScope:
                console.ErrorLine($"accountability: {path}: out of scope of {result.RuleSetId}: {string.Join(", ", result.ScopeFlags.Select(f => f.Code))}");
                return ExitCodes.NotEvaluated;
            default:
                console.ErrorLine($"accountability: {path}: not evaluated: {notInForce ?? $"{result.RuleSetId} is not in force on {Formats.Date(result.DecidedOn)}"}");
                return ExitCodes.NotEvaluated;
        }
    }
}
