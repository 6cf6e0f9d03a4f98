using System.CommandLine;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Model;

namespace Accountability.Rules.Cli.Commands;

/// <summary>
/// <c>accountability validate &lt;file-or-folder&gt;</c>: loads one ruleset or overlay file (its
/// parents from the bundled rulesets), or every <c>*.yaml</c> under a folder together (parents
/// from the folder, else the bundled rulesets; calendars from <c>calendars/</c>, which are checked
/// too), and prints every problem as a <c>file:line:column</c> line. Exit 0 when all are clean, 2 otherwise.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string>("file-or-folder") { Description = "A ruleset file, or a folder whose *.yaml rulesets (and calendars/) are all checked." };
        var command = new Command("validate", "Checks ruleset files: strict YAML, references, tables, overlays, versions, calendars and rule types. Prints every problem with file, line and column.")
        {
            path,
        };
        command.SetAction(parsed => Run(console, parsed.GetRequiredValue(path)));
        return command;
    }

    private static int Run(CliConsole console, string path)
    {
        if (File.Exists(path))
        {
            var result = RuleSetFiles.LoadOverlay(path);
            if (!result.Succeeded)
            {
                RuleSetFiles.Report(console, result.Diagnostics);
                console.ErrorLine("1 of 1 ruleset file(s) have problems.");
                return ExitCodes.BadInput;
            }

            Ok(console, result.Value);
            return ExitCodes.Success;
        }

        if (!Directory.Exists(path))
        {
            console.Report(CliDiagnostics.NoSuchPath.At(new SourceLocation(path, 1, 1)));
            return ExitCodes.BadInput;
        }

        var files = RuleSetCatalog.Files(path, Data.Catalog.BundledRuleSets.IsRuleSetPath);
        if (files.Length == 0)
        {
            console.Report(CliDiagnostics.NoRuleSetFiles.At(new SourceLocation(path, 1, 1)));
            return ExitCodes.BadInput;
        }

        var errors = new LoadErrors();
        var cases = new List<string>();
        var loaded = RuleSetCatalog.ReadFolder(path, errors, out _, cases);
        foreach (var file in cases)
        {
            console.Line($"skipped {file}: a case file (its 'ruleset:' names a ruleset), not a ruleset; evaluate it with 'accountability evaluate'");
        }

        foreach (var set in loaded)
        {
            Ok(console, set);
        }

        var problems = errors.ToImmutable();
        if (problems.IsEmpty)
        {
            return ExitCodes.Success;
        }

        RuleSetFiles.Report(console, problems);
        console.ErrorLine($"{problems.Select(e => e.Location?.File).Distinct(StringComparer.Ordinal).Count()} of {files.Length - cases.Count} file(s) have problems.");
        return ExitCodes.BadInput;
    }

    private static void Ok(CliConsole console, Data.RuleSets.LoadedRuleSet set)
    {
        var d = set.Definition;
        var parents = d.Parents.IsEmpty ? string.Empty : $", extends {string.Join(" <- ", d.Parents.Select(p => p.ToString()))}";
        console.Line($"ok {d.Id} {d.Version}: {d.Rules.Length} rules{parents} ({set.File})");
    }
}
