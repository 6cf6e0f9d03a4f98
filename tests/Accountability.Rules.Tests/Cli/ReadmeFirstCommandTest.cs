using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Cli;

/// <summary>
/// README.md's "Start of the output of the first command" is what the command prints: the block's
/// "…" stands for text left out, and each piece of text between them appears in the output, in order.
/// </summary>
public sealed class ReadmeFirstCommandTest
{
    [Fact]
    public void ReadmeOutputBlock_IsTheFirstCommandsOutput()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("Start of the output of the first command", StringComparison.Ordinal);
        var body = readme.IndexOf("```text\n", start, StringComparison.Ordinal) + "```text\n".Length;
        var block = readme[body..readme.IndexOf("```", body, StringComparison.Ordinal)];
        var runs = block.Split('…', StringSplitOptions.RemoveEmptyEntries);

        var outcome = CliRun.Run("evaluate", CliRun.Example("larger-loss.yaml"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var at = 0;
        foreach (var run in runs)
        {
            var found = outcome.Out.IndexOf(run, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"README.md's output block is not what `evaluate examples/yibin-2020/larger-loss.yaml` prints from here on:\n{run}");
            at = found + run.Length;
        }
    }
}
