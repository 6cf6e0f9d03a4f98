using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Hostile;

/// <summary>
/// Runs every entry of <c>Hostile/corpus/manifest.txt</c> through the CLI in-process: each bad case
/// or ruleset gives its expected exit code and message (on stderr, or stdout for a clean run), never an internal error (exit 3) or a stack trace.
/// </summary>
public sealed class HostileCorpusTest
{
    private const string Folder = "tests/Accountability.Rules.Tests/Hostile/corpus";

    public static TheoryData<string> Entries() =>
        [.. File.ReadLines(RepositoryRoot.Combine($"{Folder}/manifest.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))];

    [Theory]
    [MemberData(nameof(Entries))]
    public void Run_HostileInput_GivesExpectedExitAndError(string entry)
    {
        var parts = entry.Split(" | ", 3);
        var expected = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var args = parts[1].Split(' ').Select(Resolve).ToArray();

        var outcome = CliRun.Run(args);

        Assert.True(expected == outcome.ExitCode, $"exit {outcome.ExitCode}, expected {expected}: {outcome.Error}");
        Assert.Contains(parts[2], outcome.Out + outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }

    private static string Resolve(string argument)
    {
        var path = RepositoryRoot.Combine($"{Folder}/{argument}");
        return File.Exists(path) || Directory.Exists(path) ? path : argument;
    }
}
