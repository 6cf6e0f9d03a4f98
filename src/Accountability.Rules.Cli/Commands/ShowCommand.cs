using System.CommandLine;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.RuleSets;
using NodaTime.Text;

namespace Accountability.Rules.Cli.Commands;

/// <summary>
/// <c>accountability show &lt;id-or-file&gt; [--on DATE] [--version V]</c>: prints the effective ruleset
/// (an overlay chain resolved into one) as YAML. A bundled id picks its latest version, the one
/// in force on <c>--on</c>, or <c>--version</c>; a file is loaded with its parents from the bundled
/// catalogue. Exit 0 printed; 1 no version in force on the date; 2 bad input.
/// </summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var target = new Argument<string>("id-or-file") { Description = "A bundled ruleset id (see 'rulesets'), or a ruleset or overlay file." };
        var on = new Option<string?>("--on") { HelpName = "DATE", Description = "Show the version in force on this date (ISO, e.g. 2024-06-28)." };
        var version = new Option<string?>("--version") { HelpName = "VERSION", Description = "Show this version." };
        var command = new Command("show", "Prints the effective ruleset (with its parents' rules and its changes applied) as YAML, every rule with its citation.")
        {
            target,
            on,
            version,
        };
        command.SetAction(parsed => Run(console, parsed.GetRequiredValue(target), parsed.GetValue(on), parsed.GetValue(version)));
        return command;
    }

    private static int Run(CliConsole console, string target, string? on, string? version)
    {
        if (File.Exists(target))
        {
            var loaded = RuleSetFiles.LoadOverlay(target);
            if (!loaded.Succeeded)
            {
                return RuleSetFiles.Report(console, loaded.Diagnostics);
            }

            console.Write(EffectiveRuleSetWriter.Write(loaded.Value));
            return ExitCodes.Success;
        }

        var catalog = RuleSetCatalog.Bundled;
        var versions = catalog.Versions(target);
        if (versions.IsEmpty)
        {
            var ids = catalog.RuleSets.Select(r => r.Id).Distinct(StringComparer.Ordinal);
            console.Report(CliDiagnostics.UnknownRuleSet.At(null, target, Data.Loading.Suggestions.Hint(target, [.. ids], "rulesets available")));
            return ExitCodes.BadInput;
        }

        var chosen = versions[^1];
        if (version is not null)
        {
            if (versions.FirstOrDefault(v => v.Version == version) is not { } exact)
            {
                console.Report(CliDiagnostics.UnknownVersion.At(null, target, version, string.Join(", ", versions.Select(v => v.Version))));
                return ExitCodes.BadInput;
            }

            chosen = exact;
        }

        if (on is not null)
        {
            var date = LocalDatePattern.Iso.Parse(on);
            if (!date.Success)
            {
                console.Report(CliDiagnostics.BadDate.At(null, on));
                return ExitCodes.BadInput;
            }

            var selection = catalog.Select(target, date.Value);
            if (selection.InForce is null || (version is not null && selection.InForce.Version != version))
            {
                console.ErrorLine($"accountability: {selection.NotInForce ?? $"{target} {version} is not in force on {on}: {RuleSetSelection.Describe(chosen)}"}");
                return ExitCodes.NotEvaluated;
            }

            chosen = selection.InForce;
        }

        console.Write(EffectiveRuleSetWriter.Write(catalog.LoadedOf(chosen.Id, chosen.Version)!));
        return ExitCodes.Success;
    }
}
