using System.CommandLine;

namespace Accountability.Rules.Cli.Commands;

/// <summary>
/// <c>accountability explain &lt;case-file&gt; [--format text|json] [--on DATE] [--ruleset FILE]... [--engine compiled|nrules] [--max-firings N]</c>:
/// evaluates a case as <c>evaluate</c> does and prints its reasons: each conclusion with the rule
/// that drew it, the rule's article and policy, and the facts it used, down to the case's own facts;
/// then the near misses (rules a single threshold kept from firing). JSON is the result document,
/// whose <c>explanation</c> and <c>nearMisses</c> carry the same. Exit codes as <c>evaluate</c>.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new EvaluateCommand.CaseOptions();
        var command = new Command("explain", "Evaluates a case and prints the reasons of each conclusion as a tree (rule, article, policy, facts used) and the near misses.");
        options.AddTo(command);
        command.SetAction(parsed => EvaluateCommand.Run(console, options.Read(parsed), EvaluateCommand.Rendering.Reasons));
        return command;
    }
}
