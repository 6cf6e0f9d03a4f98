using System.CommandLine;

namespace Accountability.Rules.Cli.Commands;

/// <summary>
/// <c>accountability explain &lt;case-file&gt; [--articles] [--format text|json] [--on DATE] [--ruleset FILE]... [--engine compiled|nrules] [--max-firings N]</c>:
/// evaluates a case as <c>evaluate</c> does and prints its reasons: each conclusion with the rule
/// that drew it, the rule's article and policy, and the facts it used, down to the case's own facts;
/// then the near misses (rules a single threshold kept from firing); with <c>--articles</c>, the original text of each article cited. JSON is the result document,
/// whose <c>explanation</c> and <c>nearMisses</c> carry the same. Exit codes as <c>evaluate</c>.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new EvaluateCommand.CaseOptions();
        var command = new Command("explain", "Evaluates a case and prints the reasons of each conclusion as a tree (rule, article, policy, facts used) and the near misses.");
        var articles = new Option<bool>("--articles") { Description = "Text format: after the reasons, print the original text of each article they cite, from the ruleset's source texts." };
        options.AddTo(command);
        command.Options.Add(articles);
        command.SetAction(parsed =>
        {
            var request = options.Read(parsed);
            if (parsed.GetValue(articles) && request.Format == "json")
            {
                console.Report(CliDiagnostics.ArticlesTextFormat.At(null));
                return ExitCodes.BadInput;
            }

            return EvaluateCommand.Run(console, request, parsed.GetValue(articles) ? EvaluateCommand.Rendering.Reasons | EvaluateCommand.Rendering.Articles : EvaluateCommand.Rendering.Reasons);
        });
        return command;
    }
}
