using System.CommandLine;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Model;

namespace Accountability.Rules.Cli.Commands;

/// <summary>
/// <c>accountability show &lt;id-or-file&gt;... [--on DATE] [--version V]</c>: prints the effective ruleset
/// (an overlay chain resolved into one) as a ruleset file that loads again on its own. A bundled id picks its latest version, the one
/// in force on <c>--on</c>, or <c>--version</c>; files are loaded together over the bundled
/// catalogue (a chain of overlays: a file's parent may be a bundled ruleset or another given
/// file) and the one no other given file extends is shown. Exit 0 printed; 1 no version in force
/// on the date; 2 bad input.
/// </summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var targets = new Argument<string[]>("id-or-file")
        {
            Description = "A bundled ruleset id (see 'rulesets'), or ruleset or overlay files: a chain of overlays is given file by file, and the one no other file extends is shown.",
            Arity = ArgumentArity.OneOrMore,
        };
        var on = new Option<string?>("--on") { HelpName = "DATE", Description = "Show the version in force on this date (ISO, e.g. 2024-06-28)." };
        var version = new Option<string?>("--version") { HelpName = "VERSION", Description = "Show this version." };
        var command = new Command("show", "Prints the effective ruleset (with its parents' rules and its changes applied) as a ruleset file that loads again on its own (validate, evaluate --ruleset) and gives the same results; its sources and changes as comments.")
        {
            targets,
            on,
            version,
        };
        command.SetAction(parsed => Run(console, parsed.GetRequiredValue(targets), parsed.GetValue(on), parsed.GetValue(version)));
        return command;
    }

    private static int Run(CliConsole console, string[] targets, string? on, string? version)
    {
        if (targets.Any(File.Exists))
        {
            if (RuleSetFiles.Load(console, targets) is not var (catalog, outermost))
            {
                return ExitCodes.BadInput;
            }

            console.Write(catalog.EffectiveYaml(outermost.RuleSet));
            return ExitCodes.Success;
        }

        if (targets.Length > 1)
        {
            console.Report(CliDiagnostics.IdWithOthers.At(null, targets[0]));
            return ExitCodes.BadInput;
        }

        return Bundled(console, targets[0], on, version);
    }

    private static int Bundled(CliConsole console, string target, string? on, string? version)
    {
        var catalog = RuleSetCatalog.Bundled;
        if (RuleSetFiles.Bundled(console, target, version) is not { } chosen)
        {
            return ExitCodes.BadInput;
        }

        if (on is not null)
        {
            if (IsoDate.Parse(on) is not { } date)
            {
                console.Report(CliDiagnostics.BadDate.At(null, on));
                return ExitCodes.BadInput;
            }

            var selection = catalog.Select(target, date);
            if (selection.InForce is null || (version is not null && selection.InForce.Version != version))
            {
                console.ErrorLine($"accountability: {selection.NotInForce ?? $"{target} {version} is not in force on {on}: {RuleSetSelection.Describe(chosen)}"}");
                return ExitCodes.NotEvaluated;
            }

            chosen = selection.InForce;
        }

        console.Write(catalog.EffectiveYaml(chosen));
        return ExitCodes.Success;
    }
}
