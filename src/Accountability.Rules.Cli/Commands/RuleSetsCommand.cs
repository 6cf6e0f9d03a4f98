using System.CommandLine;
using Accountability.Rules.Cli.Rendering;
using Accountability.Rules.Data.Catalog;

namespace Accountability.Rules.Cli.Commands;

/// <summary><c>accountability rulesets</c>: lists the bundled rulesets with their version, period in force and title.</summary>
internal static class RuleSetsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("rulesets", "Lists the bundled rulesets: id, version, period in force (last day inclusive) and title.");
        command.SetAction(_ =>
        {
            foreach (var ruleSet in RuleSetCatalog.Bundled.RuleSets)
            {
                var to = ruleSet.InForceTo is { } last ? $" to {Formats.Date(last)}" : string.Empty;
                var english = ruleSet.TitleEnglish is null ? string.Empty : $" ({ruleSet.TitleEnglish})";
                console.Line($"{ruleSet.Id} {ruleSet.Version}  in force from {Formats.Date(ruleSet.InForceFrom)}{to}  {ruleSet.Title}{english}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
