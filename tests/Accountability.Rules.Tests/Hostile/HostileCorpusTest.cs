using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Hostile;

/// <summary>
/// Runs every entry of <c>Hostile/corpus/manifest.txt</c> through the CLI in-process: each bad case
/// or ruleset gives its expected exit code and diagnostic id at its file, line and column (or, for
/// a diagnostic without a position, with a fragment of its text), never an internal error (exit 3)
/// or a stack trace. An entry with no diagnostic (<c>-</c>) gives the fragment on stdout or stderr.
/// </summary>
public sealed class HostileCorpusTest
{
    private const string Folder = "tests/Accountability.Rules.Tests/Hostile/corpus";

    public static TheoryData<string> Entries() =>
        [.. File.ReadLines(RepositoryRoot.Combine($"{Folder}/manifest.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))];

    [Theory]
    [MemberData(nameof(Entries))]
    public void Run_HostileInput_GivesExpectedExitAndDiagnostic(string entry)
    {
        var parts = entry.Split(" | ", 4);
        var expected = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var (id, where) = (parts[1], parts[3]);
        var args = parts[2].Split(' ').Select(Resolve).ToArray();

        var outcome = CliRun.Run(args);

        Assert.True(expected == outcome.ExitCode, $"exit {outcome.ExitCode}, expected {expected}: {outcome.Error}");
        if (id == "-")
        {
            Assert.Contains(where, outcome.Out + outcome.Error, StringComparison.Ordinal);
        }
        else if (System.Text.RegularExpressions.Regex.IsMatch(where, @":\d+:\d+\z"))
        {
            // The file name after a separator, so that a.yaml does not match in b-a.yaml.
            Assert.Contains(outcome.ErrorLines, line => line.Contains($"/{where}: error {id}: ", StringComparison.Ordinal) || line.Contains($"\\{where}: error {id}: ", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(outcome.ErrorLines, line => line.Contains($"error {id}: ", StringComparison.Ordinal) && line.Contains(where, StringComparison.Ordinal));
        }

        Assert.DoesNotContain("internal error", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }

    private static string Resolve(string argument)
    {
        var path = RepositoryRoot.Combine($"{Folder}/{argument}");
        return File.Exists(path) || Directory.Exists(path) ? path : argument;
    }
}
