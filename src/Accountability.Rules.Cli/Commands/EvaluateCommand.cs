using System.CommandLine;
using Accountability.Rules.Cli.Rendering;
using Accountability.Rules.Data;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Json;
using Accountability.Rules.NRules;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Cli.Commands;

/// <summary>
/// <c>accountability evaluate &lt;case-file&gt; [--format text|json] [--on DATE] [--ruleset FILE]... [--explain] [--engine compiled|nrules]</c>: loads a
/// case, resolves its ruleset among the bundled ones, validates the case against it, evaluates and
/// prints the result. Exit 0 evaluated; 1 out of scope, not in force, or not fully evaluated (a
/// deadline outside the working-day calendar); 2 bad input.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("case-file") { Description = "The case, as YAML or JSON (see README: Case input)." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text for analysts (default), json for other systems.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var on = new Option<string?>("--on") { HelpName = "DATE", Description = "Evaluate as of this decision date (ISO, e.g. 2024-06-28) instead of the case's decidedOn." };
        var ruleset = new Option<string[]>("--ruleset")
        {
            HelpName = "FILE",
            Description = "Evaluate under this ruleset or overlay file instead of the bundled ruleset the case names. Repeat it for a chain of overlays: the files load together (a file's parent may be a bundled ruleset or another given file) and the case is evaluated under the one no other given file extends.",
        };
        var explain = new Option<bool>("--explain") { Description = "Text format: append every rule firing with the facts it matched and asserted." };
        var engine = new Option<string>("--engine")
        {
            Description = "The engine that runs the rules: compiled (the library's own, the default and the fastest) or nrules (the same ruleset compiled into NRules; the same results).",
            DefaultValueFactory = _ => CompiledRuleSet.EngineName,
        };
        engine.AcceptOnlyFromAmong(CompiledRuleSet.EngineName, NRulesEngine.Name);
        var maxFirings = new Option<string?>("--max-firings")
        {
            HelpName = "N",
            Description = $"The most rule firings the evaluation may make before it is reported as a cycle (default {CaseEvaluator.BaseFirings} + {CaseEvaluator.FiringsPerFact} per input fact).",
        };
        var command = new Command("evaluate", "Evaluates a case against the bundled ruleset it names and prints loss severity, handling and each person's sanction range with their articles.")
        {
            file,
            format,
            on,
            ruleset,
            explain,
            engine,
            maxFirings,
        };
        command.SetAction(parsed => Run(console, parsed.GetRequiredValue(file), parsed.GetValue(format) ?? "text", parsed.GetValue(on), parsed.GetValue(explain), parsed.GetValue(ruleset) ?? [], parsed.GetValue(engine) ?? CompiledRuleSet.EngineName, parsed.GetValue(maxFirings)));
        return command;
    }

    private static int Run(CliConsole console, string path, string format, string? on, bool explain, string[] rulesetFiles, string engine, string? maxFiringsText)
    {
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
            var parsedDate = LocalDatePattern.Iso.Parse(on);
            if (!parsedDate.Success)
            {
                console.Report(CliDiagnostics.BadDate.At(null, on));
                return ExitCodes.BadInput;
            }

            date = parsedDate.Value;
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

        var resolved = CaseLoader.LoadAndResolve(path, catalog, date, explicitRuleSet);
        if (!resolved.Succeeded)
        {
            return RuleSetFiles.Report(console, resolved.Diagnostics);
        }

        var (caseFile, ruleSet, decidedOn, notInForce) = resolved.Value;
        CaseResult result;
        try
        {
            IRuleSessionFactory sessions = engine == NRulesEngine.Name ? NRulesEngine.For(ruleSet) : ruleSet;
            result = CaseEvaluator.Evaluate(sessions, caseFile.Facts, decidedOn, new EvaluationOptions { MaxFirings = maxFirings, Explain = explain || format == "json" });
        }
        catch (RuleCycleException cycle)
        {
            // The ruleset's author made rules that feed each other forever: bad input, at each rule.
            return RuleSetFiles.Report(console, cycle.Diagnostics(ruleSet.Definition));
        }

        console.Write(format == "json" ? CaseResultJson.ToJson(result) + "\n" : TextRenderer.Render(result, explain));
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
