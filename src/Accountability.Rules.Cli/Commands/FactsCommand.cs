using System.CommandLine;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Cli.Commands;

/// <summary><c>accountability facts</c>: lists the fact types rules read and assert, with their fields.</summary>
internal static class FactsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("facts", "Lists the fact types of the catalogue (case input and derived) with their fields.");
        command.SetAction(_ =>
        {
            foreach (var type in FactCatalog.Standard.Types)
            {
                console.Line($"{type.Name} ({(type.Origin == FactOrigin.Input ? "case input" : type.Step ? "derived, a step: shown in explanations, not as a conclusion" : "derived")}): {type.Description}");
                foreach (var field in type.Fields)
                {
                    console.Line($"  {field.Name}: {field.Kind.ToString().ToLowerInvariant()}{(field.Optional ? ", optional" : string.Empty)}. {field.Description}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
