using System.CommandLine;
using Accountability.Rules.Cli.Rendering;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Model;

namespace Accountability.Rules.Cli.Commands;

/// <summary>
/// <c>accountability validate &lt;file-or-folder&gt;...</c>: loads ruleset or overlay files, or every
/// <c>*.yaml</c> under folders, all together (a file's parent may be another given file, else a
/// bundled ruleset; calendars from a folder's <c>calendars/</c>, which are checked too; case files
/// in a folder are skipped), verifies each ruleset that loads (docs/ruleset-format.md, Verification),
/// and prints every problem as a <c>file:line:column</c> line, or with <c>--format json</c> one JSON
/// document (<see cref="RuleSetValidation.ToJson"/>). Exit 0 when no file has an error (warnings are printed),
/// 2 otherwise.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("file-or-folder")
        {
            Description = "Ruleset files (an overlay chain file by file), or a folder whose *.yaml rulesets (and calendars/) are all checked.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text for analysts (default), json for other systems (docs/schemas/validation.v1.schema.json).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("validate", "Checks ruleset files: strict YAML, references, tables, overlays, versions, calendars and rule types; then verifies each ruleset that loads: tier tables, the sanction matrix, codes, fact types and citations against the source texts, per date slice and overlay chain. Prints every problem with file, line and column.")
        {
            paths,
            format,
        };
        command.SetAction(parsed => Run(console, parsed.GetRequiredValue(paths), parsed.GetValue(format) ?? "text"));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string format)
    {
        if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
        {
            console.Report(CliDiagnostics.NoSuchPath.At(new SourceLocation(missing, 1, 1)));
            return ExitCodes.BadInput;
        }

        var validation = RuleSetCatalog.Bundled.Validate(paths);
        if (format == "json")
        {
            console.Write(validation.ToJson());
            return validation.ExitCode;
        }

        foreach (var file in validation.SkippedCaseFiles)
        {
            console.Line($"skipped {file}: a case file (its 'ruleset:' names a ruleset), not a ruleset; evaluate it with 'accountability evaluate'");
        }

        foreach (var set in validation.RuleSets)
        {
            var d = set.RuleSet;
            var parents = d.Parents.IsEmpty ? string.Empty : $", extends {string.Join(" <- ", d.Parents.Select(p => p.ToString()))}";
            console.Line($"ok {d.Id} {d.Version}: {d.Rules.Length} rules{parents} ({set.FileName})");
        }

        RuleSetFiles.Report(console, validation.Diagnostics);
        if (validation.Succeeded)
        {
            return ExitCodes.Success;
        }

        if (validation.FileCount > 0)
        {
            console.ErrorLine($"{validation.Errors.Select(e => e.Location?.File).Distinct(StringComparer.Ordinal).Count()} of {validation.FileCount} {(paths.All(File.Exists) ? "ruleset " : string.Empty)}file(s) have problems.");
        }

        return ExitCodes.BadInput;
    }
}
