using System.CommandLine;
using Accountability.Rules.Data;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Model;

namespace Accountability.Rules.Cli.Commands;

/// <summary>
/// <c>accountability validate &lt;file-or-folder&gt;</c>: loads one ruleset file, or every <c>*.yaml</c>
/// under a folder (except calendar data under <c>calendars/</c>), and prints every problem as a
/// <c>file:line:column</c> line. Exit 0 when all are clean, 2 otherwise.
/// </summary>
internal static class ValidateCommand
{
    private const string CalendarsFolder = "calendars";

    public static Command Create(CliConsole console)
    {
        var path = new Argument<string>("file-or-folder") { Description = "A ruleset file, or a folder whose *.yaml rulesets are all checked (calendars/ is skipped)." };
        var command = new Command("validate", "Checks ruleset files: strict YAML, references, tables and rule types. Prints every problem with file, line and column.")
        {
            path,
        };
        command.SetAction(parsed => Run(console, parsed.GetRequiredValue(path)));
        return command;
    }

    private static int Run(CliConsole console, string path)
    {
        var files = Files(path);
        if (files is null)
        {
            console.ErrorLine($"{path}:1:1: error: no such file or folder (hint: give a ruleset file such as rulesets/yibin-2020.yaml, or a folder such as rulesets)");
            return ExitCodes.BadInput;
        }

        if (files.Count == 0)
        {
            console.ErrorLine($"{path}:1:1: error: the folder holds no ruleset (*.yaml) files (hint: rulesets are YAML files ending in .yaml; calendars/ is not checked)");
            return ExitCodes.BadInput;
        }

        var failed = 0;
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var result = RuleSetLoader.LoadFile(file);
            if (!result.Succeeded)
            {
                failed++;
                foreach (var problem in result.Errors)
                {
                    console.ErrorLine(problem.ToString());
                }

                continue;
            }

            var definition = result.Value;
            if (seen.TryGetValue(definition.Id, out var other))
            {
                failed++;
                console.ErrorLine(new LoadError(new SourceLocation(file, 1, 1), $"ruleset id '{definition.Id}' is also used by {other}", "give each ruleset its own id under 'ruleset: id:'").ToString());
                continue;
            }

            seen.Add(definition.Id, file);
            console.Line($"ok {definition.Id} {definition.Version}: {definition.Rules.Length} rules ({file})");
        }

        if (failed > 0)
        {
            console.ErrorLine($"{failed} of {files.Count} ruleset file(s) have problems.");
            return ExitCodes.BadInput;
        }

        return ExitCodes.Success;
    }

    /// <summary>The files to check, with '/' separators and in ordinal order; <c>null</c> when the path does not exist.</summary>
    private static List<string>? Files(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            return null;
        }

        return [.. Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(path, f).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').SkipLast(1).Contains(CalendarsFolder, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(relative => path.TrimEnd('/', '\\').Replace('\\', '/') + "/" + relative)];
    }
}
