using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Batch;

/// <summary>
/// <c>accountability evaluate --batch</c> end to end: rows in input order, each what
/// <c>evaluate --format json</c> prints for the case; error rows with their lines; standard input and
/// output; the summary and exit codes; no progress bar when standard error is redirected.
/// </summary>
public sealed class BatchCliTest : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("accountability-batch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Batch_WithExplain_EachRowIsWhatEvaluateJsonPrintsForItsCase_InInputOrder()
    {
        const int Count = 24;
        var input = Write("cases.jsonl", BatchCases.JsonLines(Count));
        var output = Path.Combine(_folder, "results.jsonl");

        var outcome = CliRun.Run("evaluate", "--batch", input, "--out", output, "--explain");

        Assert.Contains(outcome.ExitCode, new[] { 0, 1 });
        Assert.Empty(outcome.Out);
        var rows = File.ReadAllLines(output);
        Assert.Equal(Count, rows.Length);
        for (var i = 0; i < Count; i++)
        {
            var single = CliRun.Run("evaluate", Write($"case-{i}.json", BatchCases.Line(i)), "--format", "json");
            Assert.Equal(Compact(single.Out), rows[i]);
        }
    }

    [Fact]
    public void Batch_BadRows_AreErrorRowsWithTheirLines_TheRestEvaluated_Exit2()
    {
        var input = Write("cases.jsonl", string.Join("\n", BatchCases.Line(6), "{ \"ruleset\": \"yibin-2020\", \"decidedOn\": \"2024-06-28\", \"lossses\": [] }", string.Empty, "[1, 2]", BatchCases.Line(13)) + "\n");

        var outcome = CliRun.Run("evaluate", "--batch", input);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        var rows = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => JsonNode.Parse(r)!.AsObject()).ToArray();
        Assert.Equal(4, rows.Length);
        Assert.Equal(["yibin-2020", null, null, "yibin-2020"], rows.Select(r => r["ruleset"]?["id"]?.GetValue<string>()));
        Assert.Equal([2, 4], rows.Where(r => r["status"]!.GetValue<string>() == "error").Select(r => r["line"]!.GetValue<int>()));
        var unknownKey = Assert.Single(rows[1]["diagnostics"]!.AsArray())!;
        Assert.Equal("ACR0201", unknownKey["id"]!.GetValue<string>());
        Assert.Equal((input, 2), (unknownKey["file"]!.GetValue<string>(), unknownKey["line"]!.GetValue<int>()));
        Assert.Equal("ACR0203", rows[2]["diagnostics"]![0]!["id"]!.GetValue<string>());
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith($"{input}:2:", StringComparison.Ordinal) && l.Contains("error ACR0201", StringComparison.Ordinal));
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith($"{input}:4:1: error ACR0203", StringComparison.Ordinal));
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith("accountability: 4 cases from ", StringComparison.Ordinal) && l.EndsWith("2 evaluated, 2 error rows", StringComparison.Ordinal));
    }

    [Fact]
    public void Batch_StandardInputToStandardOutput_SummaryByStatusAndTier()
    {
        var input = BatchCases.JsonLines(14);

        var outcome = CliRun.Run(input, errorIsTerminal: false, "evaluate", "--batch", "-", "--out", "-");

        var rows = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => JsonNode.Parse(r)!).ToArray();
        Assert.Equal(14, rows.Length);
        var statuses = rows.GroupBy(r => r["status"]!.GetValue<string>()).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        var tiers = rows.Where(r => r["lossSeverity"]!["tier"] is not null).GroupBy(r => r["lossSeverity"]!["tier"]!.GetValue<string>()).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        var untiered = rows.Count(r => r["lossSeverity"]!["tier"] is null);
        Assert.Contains($"by status: {string.Join(", ", statuses)}", outcome.ErrorLines);
        Assert.Contains($"by loss tier: {string.Join(", ", tiers.Append($"no tier {untiered}"))}", outcome.ErrorLines);
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith("accountability: 14 cases from <stdin> in ", StringComparison.Ordinal));
        var undecided = rows.Any(r => r["status"]!.GetValue<string>() is "outOfScope" or "notInForce" or "incomplete");
        Assert.True(outcome.ExitCode == (undecided ? 1 : 0), outcome.ToString());
    }

    [Fact]
    public void Batch_EveryCaseEvaluated_Exits0()
    {
        var example = Compact(File.ReadAllText(CliRun.Example("major-loss-ratio.json")));
        var input = Write("cases.jsonl", $"{example}\n{example}\n");

        var outcome = CliRun.Run("evaluate", "--batch", input);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(2, outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("by status: evaluated 2", outcome.ErrorLines);
    }

    [Fact]
    public void Batch_OnATerminal_DrawsProgress_RedirectedNot()
    {
        var input = Write("cases.jsonl", BatchCases.JsonLines(30));
        var output = Path.Combine(_folder, "results.jsonl");

        var terminal = CliRun.Run(string.Empty, errorIsTerminal: true, "evaluate", "--batch", input, "--out", output);
        var redirected = CliRun.Run(string.Empty, errorIsTerminal: false, "evaluate", "--batch", input, "--out", output);

        Assert.Contains('\u001b', terminal.Error);
        Assert.DoesNotContain('\u001b', redirected.Error);
        Assert.Contains("cases from", terminal.Error, StringComparison.Ordinal);
        Assert.All(redirected.ErrorLines, l => Assert.Matches(@"\A(accountability: 30 cases from |by status: |by loss tier: )", l));
    }

    [Fact]
    public async Task Batch_ProcessWithStandardErrorRedirected_WritesOnlyTheSummaryThere()
    {
        var input = Write("cases.jsonl", BatchCases.JsonLines(20));
        var output = Path.Combine(_folder, "results.jsonl");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "accountability.dll"), "evaluate", "--batch", input, "--out", output, "--engine", TestEngine.Name })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errorText = process.StandardError.ReadToEndAsync();
        var standardOutput = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var error = await errorText;

        Assert.Contains(process.ExitCode, new[] { 0, 1 });
        Assert.Empty(standardOutput);
        Assert.DoesNotContain('\u001b', error);
        Assert.DoesNotContain('\r', error);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("accountability: 20 cases from ", lines[0], StringComparison.Ordinal);
        Assert.Equal(20, File.ReadAllLines(output).Length);
    }

    [Theory]
    [InlineData("evaluate", "examples/yibin-2020/larger-loss.yaml", "--batch", "cases.jsonl")]
    [InlineData("evaluate", "examples/yibin-2020/larger-loss.yaml", "--out", "results.jsonl")]
    [InlineData("evaluate", "--batch", "cases.jsonl", "--format", "text")]
    [InlineData("evaluate", "--batch", "no-such-file.jsonl")]
    public void Batch_BadArguments_Exit2WithADiagnostic(params string[] args)
    {
        Write("cases.jsonl", BatchCases.Line(6) + "\n");
        var outcome = CliRun.Run([.. args.Select(a => a.EndsWith(".jsonl", StringComparison.Ordinal) || a.EndsWith(".csv", StringComparison.Ordinal) ? Path.Combine(_folder, a) : a)]);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Matches(@"\Aaccountability: error ACR09(59|60|63): ", outcome.Error);
        Assert.Empty(outcome.Out);
    }

    [Theory]
    [InlineData("missing-folder/results.jsonl")]
    [InlineData("/dev/full")]
    public void Batch_AnOutputThatCannotBeWritten_Exit2NamingTheOutput(string output)
    {
        // /dev/full: every write fails, as on a full disk; the rows are written while the cases are evaluated.
        if (output.StartsWith('/') && !File.Exists(output))
        {
            return;
        }

        var input = Write("cases.jsonl", BatchCases.JsonLines(200));
        var path = output.StartsWith('/') ? output : Path.Combine(_folder, output);

        var outcome = CliRun.Run("evaluate", "--batch", input, "--out", path);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.StartsWith($"accountability: error ACR0961: the batch output '{path}' cannot be written: ", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", outcome.Error, StringComparison.Ordinal);
    }

    private static string Compact(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
