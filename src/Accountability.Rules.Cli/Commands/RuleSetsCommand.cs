using System.CommandLine;
using Accountability.Rules.Cli.Rendering;
using Accountability.Rules.Data.Catalog;

namespace Accountability.Rules.Cli.Commands;

/// <summary>
/// <c>accountability rulesets</c>: lists every bundled ruleset version with its period in force,
/// the rulesets it extends, its calendar and title; then the bundled calendars with their years.
/// </summary>
internal static class RuleSetsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("rulesets", "Lists the bundled rulesets (every version: period in force, last day inclusive; parents; calendar; title) and the working-day calendars.");
        command.SetAction(_ =>
        {
            var catalog = RuleSetCatalog.Bundled;
            foreach (var ruleSet in catalog.RuleSets)
            {
                var to = ruleSet.InForceTo is { } last ? $" to {Formats.Date(last)}" : string.Empty;
                var english = ruleSet.TitleEnglish is null ? string.Empty : $" ({ruleSet.TitleEnglish})";
                var parents = ruleSet.Parents.IsEmpty ? string.Empty : $"  extends {string.Join(" <- ", ruleSet.Parents.Select(p => p.ToString()))}";
                var calendar = ruleSet.CalendarId is null ? string.Empty : $"  calendar {ruleSet.CalendarId}";
                console.Line($"{ruleSet.Id} {ruleSet.Version}  in force from {Formats.Date(ruleSet.InForceFrom)}{to}{parents}{calendar}  {ruleSet.Title}{english}");
            }

            foreach (var calendar in catalog.Calendars)
            {
                console.Line($"calendar {calendar.Id}: working days of {calendar.Years[0].Year}-{calendar.Years[^1].Year}, each year from its State Council notice");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
