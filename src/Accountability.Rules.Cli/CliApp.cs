using System.CommandLine;
using Accountability.Rules.Cli.Commands;

namespace Accountability.Rules.Cli;

/// <summary>
/// The <c>accountability</c> command line, runnable in-process: parses the arguments, runs the
/// subcommand, and turns every outcome into an exit code (<see cref="ExitCodes"/>). Mistakes in
/// the input are reported on <c>err</c> as diagnostics, <c>file:line:column: error ACRnnnn: message (hint: …)</c>;
/// an exception that escapes a command is a bug and prints one line, never a stack trace.
/// </summary>
internal static class CliApp
{
    /// <summary>Runs the command with <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="error"/>.</summary>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        return Run(args, new CliConsole(output, error));
    }

    /// <summary>Runs the command with <paramref name="args"/> on <paramref name="console"/> (its standard input, output and error, and whether they are terminals).</summary>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var output = console.Out;
        var error = console.Error;
        try
        {
            var root = new RootCommand("Evaluates cases of irregular business operations and investment by state-owned enterprises (国有企业违规经营投资责任追究) against bundled rulesets, validates, tests and compares ruleset files, and writes the HTML book of the rulesets (doc).")
            {
                EvaluateCommand.Create(console),
                ExplainCommand.Create(console),
                DiffCommand.Create(console),
                ValidateCommand.Create(console),
                RuleSetsCommand.Create(console),
                ShowCommand.Create(console),
                FactsCommand.Create(console),
                TestCommand.Create(console),
                DocCommand.Create(console),
            };

            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var problem in parsed.Errors)
                {
                    console.Report(CliDiagnostics.ArgumentsNotUnderstood.At(null, problem.Message));
                }

                return ExitCodes.BadInput;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The top of the command: any exception left is a bug, reported in one line.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            error.WriteLine($"accountability: internal error: {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")} (this is a bug; please report it with the command line and input)");
            return ExitCodes.InternalError;
        }
    }
}
