using System.Text.RegularExpressions;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Cli;

/// <summary>A bad case file gets every mistake reported as file:line:column: error ACRnnnn: message (hint: …).</summary>
public sealed partial class CaseErrorMessageTest : IDisposable
{
    private const string Case = """
        ruleset: yibin-2020
        decidedOn: 2024-06-28
        enterprise:
          id: E1
          level: subsidiary
        losses:
          - { id: L1, amount: 1500000, kind: direct }
        persons:
          - id: P1
            role: manger
            status: serving
            conduct: [decisive-role]
        factors:
          - code: external-supervison
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("accountability-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void UnknownCodes_AreEachReportedWithLineColumnAndHint()
    {
        var path = Path.Combine(_folder, "typos.yaml");
        File.WriteAllText(path, Case);

        var outcome = CliRun.Run("evaluate", path);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        var lines = outcome.ErrorLines;
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.Matches(ErrorLine(), line));
        Assert.StartsWith($"{path}:10:", lines[0], StringComparison.Ordinal);
        Assert.Contains("manger", lines[0], StringComparison.Ordinal);
        Assert.Contains("manager", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{path}:14:", lines[1], StringComparison.Ordinal);
        Assert.Contains("external-supervision", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKey_IsReportedWithHint()
    {
        var path = Path.Combine(_folder, "key.yaml");
        File.WriteAllText(path, Case.Replace("losses:", "losess:", StringComparison.Ordinal));

        var outcome = CliRun.Run("evaluate", path);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        var line = Assert.Single(outcome.ErrorLines, l => l.Contains("losess", StringComparison.Ordinal));
        Assert.StartsWith($"{path}:6:1: error ACR0201:", line, StringComparison.Ordinal);
        Assert.Matches(ErrorLine(), line);
    }

    [GeneratedRegex(@"^.+:\d+:\d+: error ACR[0-9]{4}: .+ \(hint: .+\)$")]
    private static partial Regex ErrorLine();
}
