using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Cli;

/// <summary>Exit codes: 0 evaluated or clean, 1 out of scope or not in force, 2 bad input; never a stack trace.</summary>
public sealed class ExitCodeTest : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("accountability-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("larger-loss.yaml", 0)]
    [InlineData("major-loss-ratio.json", 0)]
    [InlineData("general-loss-unknown-assets.yaml", 0)]
    [InlineData("out-of-scope.yaml", 1)]
    public void Evaluate_Example_ExitsAsExpected(string example, int exitCode)
    {
        var text = CliRun.Run("evaluate", CliRun.Example(example));
        var json = CliRun.Run("evaluate", CliRun.Example(example), "--format", "json");

        Assert.True(text.ExitCode == exitCode, text.ToString());
        Assert.True(json.ExitCode == exitCode, json.ToString());
    }

    [Fact]
    public void Evaluate_BeforeInForce_Exits1()
    {
        var outcome = CliRun.Run("evaluate", CliRun.Example("larger-loss.yaml"), "--on", "2020-11-19");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains("not in force on 2020-11-19", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OnFirstDayInForce_Exits0()
    {
        var outcome = CliRun.Run("evaluate", CliRun.Example("larger-loss.yaml"), "--on", "2020-11-20");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("evaluate", "--format", "xml", "examples/yibin-2020/larger-loss.yaml")]
    [InlineData("evaluate", "examples/yibin-2020/larger-loss.yaml", "--on", "28.06.2024")]
    [InlineData("frobnicate")]
    [InlineData]
    public void BadArguments_Exit2(params string[] args)
    {
        var outcome = CliRun.Run(args);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.NotEmpty(outcome.Error);
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public void Evaluate_MissingFile_Exits2WithLocation()
    {
        var path = Path.Combine(_folder, "no-such-case.yaml");

        var outcome = CliRun.Run("evaluate", path);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.StartsWith(path + ":", outcome.Error, StringComparison.Ordinal);
        AssertNoStackTrace(outcome);
    }

    [Theory]
    [InlineData("ruleset: yibin-2020\ndecidedOn: 2024-06-28\npersons: [ { id: P1, role: manager\n")]
    [InlineData("{ \"ruleset\": \"yibin-2020\", \"decidedOn\": \"2024-06-28\"")]
    [InlineData("ruleset: no-such-ruleset\ndecidedOn: 2024-06-28\nenterprise: { id: E }\n")]
    [InlineData("ruleset: yibin-2020\ndecidedOn: 2024-06-28\nenterprise: { id: E }\nlossses: []\n")]
    [InlineData("ruleset: yibin-2020\ndecidedOn: 2024-06-28\nenterprise: { id: E }\npersons:\n  - { id: P1, role: chairman, status: serving }\n")]
    public void Evaluate_BadCase_Exits2(string text)
    {
        var path = Write("bad-case.yaml", text);

        var outcome = CliRun.Run("evaluate", path);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.All(outcome.ErrorLines, line => Assert.StartsWith(path + ":", line, StringComparison.Ordinal));
        Assert.Empty(outcome.Out);
        AssertNoStackTrace(outcome);
    }

    [Fact]
    public void Validate_BundledRulesets_Exits0WithSummary()
    {
        var outcome = CliRun.Run("validate", RepositoryRoot.Combine("rulesets"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Matches(@"(?m)^ok yibin-2020 \S+: \d+ rules, extends national-2016 \S+ \(", outcome.Out);
        Assert.DoesNotContain("calendars", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_File_Exits0()
    {
        var outcome = CliRun.Run("validate", RepositoryRoot.Combine("rulesets/yibin-2020.yaml"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
    }

    [Fact]
    public void Validate_BrokenRuleset_Exits2WithEveryProblem()
    {
        var ruleset = File.ReadAllText(RepositoryRoot.Combine("rulesets/yibin-2020.yaml"))
            .Replace("currency: CNY", "currency: CNY\n  currencyy: CNY", StringComparison.Ordinal)
            .Replace("tiers:\n", "tierz: []\ntiers:\n", StringComparison.Ordinal);
        var path = Write("broken.yaml", ruleset);

        var outcome = CliRun.Run("validate", _folder);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.True(outcome.ErrorLines.Count(l => l.StartsWith(_folder.Replace('\\', '/') + "/broken.yaml:", StringComparison.Ordinal)) >= 2, outcome.ToString());
        AssertNoStackTrace(outcome);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Validate_EmptyFolder_Exits2()
    {
        var outcome = CliRun.Run("validate", _folder);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
    }

    [Fact]
    public void RuleSets_ListsBundled_Exits0()
    {
        var outcome = CliRun.Run("rulesets");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("yibin-2020 ", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("in force from 2020-11-20", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_ListsCatalogue_Exits0()
    {
        var outcome = CliRun.Run("facts");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("lossTier (derived)", outcome.Out, StringComparison.Ordinal);
    }

    private static void AssertNoStackTrace(CliOutcome outcome)
    {
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", outcome.Error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
