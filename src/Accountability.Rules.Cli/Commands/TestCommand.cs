using System.CommandLine;
using System.Globalization;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Suites;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;

namespace Accountability.Rules.Cli.Commands;

/// <summary>
/// <c>accountability test [file-or-folder]... [--coverage] [--engine compiled|nrules]</c>: loads test
/// suites (docs/test-suites.md; every <c>*.yaml</c> under a folder; <c>rulesets/tests</c> when none is
/// given), runs every case and prints each failure with expected and actual side by side and the
/// firings behind the actual value. <c>--coverage</c> lists, per ruleset, the rules (and so the
/// table rows) no case fired. Exit 0 every case passed; 1 a case failed; 2 a suite does not load.
/// </summary>
internal static class TestCommand
{
    /// <summary>Where the bundled rulesets' suites are, relative to the repository's root.</summary>
    public const string DefaultFolder = "rulesets/tests";

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("file-or-folder")
        {
            Description = $"Test suite files, or folders whose *.yaml suites are all run (default: {DefaultFolder}).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var coverage = new Option<bool>("--coverage") { Description = "After the results, list per ruleset the rules and table rows no case fired." };
        var engine = EngineOption.Create();
        var command = new Command("test", "Runs test suites: cases with expected results, checked against the ruleset's conclusions and reasons.")
        {
            paths,
            coverage,
            engine,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(paths) is { Length: > 0 } given ? given : [DefaultFolder], parsed.GetValue(coverage), parsed.GetValue(engine)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, bool coverage, string? engine)
    {
        if (Load(console, paths, RuleSetCatalog.Bundled) is not { } suites)
        {
            return ExitCodes.BadInput;
        }

        var outcomes = new List<TestCaseOutcome>();
        foreach (var suite in suites)
        {
            var results = suite.Run(ruleSet => EngineOption.For(engine, ruleSet));
            outcomes.AddRange(results);
            var failed = results.Count(o => !o.Passed);
            console.Line(failed == 0 ? $"ok   {suite.FileName}: {results.Length} case(s) passed" : $"FAIL {suite.FileName}: {failed} of {results.Length} case(s) failed");
            foreach (var outcome in results.Where(o => !o.Passed))
            {
                Failure(console, outcome);
            }
        }

        var failures = outcomes.Count(o => !o.Passed);
        console.Line($"{suites.Count} suite(s), {outcomes.Count} case(s): {outcomes.Count - failures} passed, {failures} failed (engine {engine ?? CompiledRuleSet.EngineName})");
        if (coverage)
        {
            Coverage(console, RuleSetCoverage.Of(outcomes));
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.NotEvaluated;
    }

    /// <summary>
    /// Loads the suites of files and folders (every <c>*.yaml</c> under a folder) over <paramref name="catalog"/>;
    /// prints every problem (a path that does not exist, a folder without suites, a suite that does not
    /// load) and returns <c>null</c> when there is one.
    /// </summary>
    public static List<TestSuite>? Load(CliConsole console, IEnumerable<string> paths, RuleSetCatalog catalog)
    {
        var files = new List<string>();
        var problems = new List<Diagnostic>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (!Directory.Exists(path))
            {
                problems.Add(CliDiagnostics.NoSuchSuitePath.At(new SourceLocation(path, 1, 1)));
            }
            else if (TestSuite.Discover(path) is { IsEmpty: false } found)
            {
                files.AddRange(found);
            }
            else
            {
                problems.Add(CliDiagnostics.NoSuiteFiles.At(new SourceLocation(path, 1, 1)));
            }
        }

        var suites = new List<TestSuite>();
        foreach (var file in files)
        {
            var loaded = TestSuite.Load(file, catalog);
            problems.AddRange(loaded.Diagnostics);
            if (loaded.Value is { } suite)
            {
                suites.Add(suite);
            }
        }

        if (problems.Count > 0)
        {
            RuleSetFiles.Report(console, problems);
            return null;
        }

        return suites;
    }

    /// <summary>A failed case: each mismatch with expected and actual one above the other, aligned, and the firings behind the actual value.</summary>
    private static void Failure(CliConsole console, TestCaseOutcome outcome)
    {
        console.Line($"  FAIL {outcome.Case.Location}: {outcome.Case.Name}");
        foreach (var mismatch in outcome.Mismatches)
        {
            console.Line($"    {mismatch.Path}  (expected at line {mismatch.Location.Line}, column {mismatch.Location.Column})");
            console.Line($"      expected: {mismatch.Expected}");
            console.Line($"      actual:   {mismatch.Actual}");
            foreach (var (reason, index) in mismatch.Reasons.Select((r, i) => (r, i)))
            {
                console.Line($"      {(index == 0 ? "because: " : "          ")}{reason}");
            }
        }
    }

    private static void Coverage(CliConsole console, IEnumerable<RuleSetCoverage> coverage)
    {
        foreach (var ruleSet in coverage)
        {
            var d = ruleSet.RuleSet;
            var percent = ruleSet.Rules == 0 ? 100m : Math.Floor(100m * ruleSet.Fired / ruleSet.Rules);
            console.Line($"coverage {d.Id} {d.Version}: {ruleSet.Fired} of {ruleSet.Rules} rules fired by {ruleSet.Cases} case(s) ({percent.ToString(CultureInfo.InvariantCulture)}%){(ruleSet.NotFired.IsEmpty ? string.Empty : "; not fired:")}");
            foreach (var rule in ruleSet.NotFired)
            {
                var at = rule.Source is { } source ? $"  ({source})" : string.Empty;
                console.Line($"  {rule.Id}  [{rule.Citation}]{at}");
            }
        }
    }
}
