using System.CommandLine;
using Accountability.Rules.Cli.Rendering;
using Accountability.Rules.Comparison;
using Accountability.Rules.Model;

namespace Accountability.Rules.Cli.Commands;

/// <summary>
/// <c>accountability diff &lt;a&gt; &lt;b&gt; [--format text|markdown|html]</c>: compares two rulesets
/// item by item, grouped by area (tiers, sanctions, restrictions, handling, scope, deadlines,
/// policies, codes, header). Each side is a bundled id (its latest version), <c>id@version</c>, or a
/// ruleset or overlay file (loaded over the bundled catalogue; an overlay is compared with its
/// changes applied). Exit 0 the same; 1 different; 2 bad input.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var left = new Argument<string>("a") { Description = "A bundled ruleset id, id@version, or a ruleset or overlay file." };
        var right = new Argument<string>("b") { Description = "The ruleset to compare it with, given the same way." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (default), markdown or html.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "html");
        var command = new Command("diff", "Compares two rulesets (two versions, or a ruleset and an overlay) side by side: tiers, sanctions, restrictions, handling, exclusions, deadlines, policies, codes.")
        {
            left,
            right,
            format,
        };
        command.SetAction(parsed => Run(console, parsed.GetRequiredValue(left), parsed.GetRequiredValue(right), parsed.GetValue(format) ?? "text"));
        return command;
    }

    private static int Run(CliConsole console, string left, string right, string format)
    {
        if (Resolve(console, left) is not { } a || Resolve(console, right) is not { } b)
        {
            return ExitCodes.BadInput;
        }

        var difference = RuleSetComparer.Compare(a, b);
        console.Write(format switch
        {
            "markdown" => DifferenceRenderer.Markdown(difference),
            "html" => DifferenceRenderer.Html(difference),
            _ => DifferenceRenderer.Text(difference),
        });
        return difference.IsEmpty ? ExitCodes.Success : ExitCodes.NotEvaluated;
    }

    private static RuleSetDefinition? Resolve(CliConsole console, string target)
    {
        if (File.Exists(target))
        {
            return RuleSetFiles.Load(console, [target]) is var (_, outermost) ? outermost.RuleSet : null;
        }

        var at = target.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? RuleSetFiles.Bundled(console, target, null) : RuleSetFiles.Bundled(console, target[..at], target[(at + 1)..]);
    }
}
