using Accountability.Rules.Cli;

namespace Accountability.Rules.Tests.TestAssets;

/// <summary>Runs the <c>accountability</c> command in-process and captures its exit code and output.</summary>
internal static class CliRun
{
    /// <summary>The example cases' folder, relative to the repository root.</summary>
    public const string Examples = "examples/yibin-2020";

    /// <summary>Runs the command with <paramref name="args"/>; <c>evaluate</c>, <c>explain</c> and <c>test</c> run on the suite's engine (<see cref="TestEngine"/>).</summary>
    public static CliOutcome Run(params string[] args) => Run(string.Empty, errorIsTerminal: false, args);

    /// <summary>
    /// Runs the command with <paramref name="args"/>, <paramref name="input"/> as standard input, and
    /// standard error taken for a terminal or not (<paramref name="errorIsTerminal"/>; standard output is redirected).
    /// </summary>
    public static CliOutcome Run(string input, bool errorIsTerminal, params string[] args)
    {
        if (args is ["evaluate" or "explain" or "test", ..] && !args.Contains("--engine"))
        {
            args = [.. args, "--engine", TestEngine.Name];
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        using var standardInput = new StringReader(input);
        var exitCode = CliApp.Run(args, new CliConsole(output, error) { In = standardInput, ErrorIsTerminal = errorIsTerminal });
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The absolute path of an example case file, e.g. <c>larger-loss.yaml</c>.</summary>
    public static string Example(string fileName) => RepositoryRoot.Combine($"{Examples}/{fileName}");
}
