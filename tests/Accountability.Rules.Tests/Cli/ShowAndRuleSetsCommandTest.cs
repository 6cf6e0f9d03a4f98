using System.Text.Json.Nodes;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Cli;

/// <summary>The rulesets and show commands, and evaluate --on before a ruleset takes effect.</summary>
public sealed class ShowAndRuleSetsCommandTest
{
    [Fact]
    public void RuleSets_ListsVersionsPeriodsAndCalendars()
    {
        var outcome = CliRun.Run("rulesets");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Matches(@"(?m)^yibin-2020 1\.0\.0  in force from 2020-11-20", outcome.Out);
        Assert.Contains("calendar cn-mainland-holidays: working days of 2016-2026", outcome.Out, StringComparison.Ordinal);
    }

    /// <summary>
    /// show's output is a ruleset file: written to a file it validates and evaluates a case as the
    /// bundled ruleset does (the JSON result differs only in the content hash and the parents).
    /// </summary>
    [Theory]
    [InlineData("yibin-2020", "examples/yibin-2020/larger-loss.yaml")]
    [InlineData("weihai-2024", "examples/weihai-2024/refused-rectification.yaml")]
    public void Show_Output_ValidatesAndEvaluatesAsTheBundledRuleSet(string id, string example)
    {
        using var folder = new TemporaryFolder();
        var shown = CliRun.Run("show", id);
        Assert.True(shown.ExitCode == 0, shown.ToString());
        var file = folder.Write($"{id}.effective.yaml", shown.Out);

        var validated = CliRun.Run("validate", file);
        var bundled = CliRun.Run("evaluate", RepositoryRoot.Combine(example), "--format", "json", "--engine", TestEngine.Name);
        var effective = CliRun.Run("evaluate", RepositoryRoot.Combine(example), "--ruleset", file, "--format", "json", "--engine", TestEngine.Name);

        Assert.True(validated.ExitCode == 0, validated.ToString());
        Assert.True(effective.ExitCode == bundled.ExitCode, effective.ToString());
        Assert.Equal(WithoutSource(bundled.Out), WithoutSource(effective.Out));
    }

    private static string WithoutSource(string json)
    {
        var result = JsonNode.Parse(json)!.AsObject();
        var ruleset = result["ruleset"]!.AsObject();
        Assert.Equal(64, ruleset["contentHash"]!.GetValue<string>().Length);
        ruleset.Remove("contentHash");
        ruleset.Remove("parents");
        return result.ToJsonString();
    }

    [Fact]
    public void Show_Bundled_IsDeterministicAndListsEveryRuleWithItsCitation()
    {
        var first = CliRun.Run("show", "yibin-2020");
        var second = CliRun.Run("show", "yibin-2020");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(first.Out, second.Out);
        Assert.StartsWith("# Effective ruleset yibin-2020 1.0.0", first.Out, StringComparison.Ordinal);
        Assert.Contains("  - id: \"lossTiers/major/amount\"\n    title: ", first.Out, StringComparison.Ordinal);
        Assert.Contains("  # row lossTiers/major of lossTiers\n  - id: \"lossTiers/major/amount\"\n", first.Out, StringComparison.Ordinal);
        Assert.Contains("    cites: { document: yibin-2020, article: \"Art. 19(3)\" }\n", first.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_OnADateBeforeTheRulesetTakesEffect_Exits1NamingTheVersions()
    {
        var outcome = CliRun.Run("show", "yibin-2020", "--on", "2020-11-19");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains("yibin-2020 is not in force on 2020-11-19: version 1.0.0 is in force from 2020-11-20", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_UnknownIdOrVersion_Exits2WithAHint()
    {
        var unknown = CliRun.Run("show", "yibin-2021");
        var version = CliRun.Run("show", "yibin-2020", "--version", "9.0.0");

        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("did you mean 'yibin-2020'?", unknown.Error, StringComparison.Ordinal);
        Assert.True(version.ExitCode == 2, version.ToString());
        Assert.Contains("versions: 1.0.0", version.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OnTheDayBeforeYibinTakesEffect_NotInForceNamingTheVersionsPeriod()
    {
        var outcome = CliRun.Run("evaluate", RepositoryRoot.Combine("examples/yibin-2020/larger-loss.yaml"), "--on", "2020-11-19");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains("not evaluated: yibin-2020 is not in force on 2020-11-19: version 1.0.0 is in force from 2020-11-20", outcome.Error, StringComparison.Ordinal);
    }
}
