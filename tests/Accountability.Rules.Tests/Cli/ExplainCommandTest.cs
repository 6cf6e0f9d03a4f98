using System.Text.Json.Nodes;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Cli;

/// <summary><c>accountability explain</c>: the reasons tree and the near misses, through the command.</summary>
public sealed class ExplainCommandTest
{
    [Fact]
    public void Explain_LargerLoss_TreeFromTheTierDownToTheCasesLosses()
    {
        var outcome = CliRun.Run("explain", CliRun.Example("larger-loss.yaml"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var lines = outcome.Out.Split('\n');
        var tier = Array.FindIndex(lines, l => l.TrimStart().StartsWith("lossTier(tier=larger", StringComparison.Ordinal));
        Assert.True(tier > 0, outcome.Out);
        Assert.Contains("<- lossTiers/combine:", lines[tier + 1], StringComparison.Ordinal);
        Assert.Contains("policy: highest-tier-any-criterion", lines[tier + 1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("<- lossTiers/larger/amount:", StringComparison.Ordinal) && l.EndsWith("[Art. 19(2)]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("loss(id=L1,", StringComparison.Ordinal) && l.EndsWith("(stated in the case)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("lossTier(tier=larger, rank=2)  (reasons above)", StringComparison.Ordinal));
        Assert.DoesNotContain("Loss severity", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_LargerLoss_NearMissOfTheMajorTierByAmount()
    {
        var outcome = CliRun.Run("explain", CliRun.Example("larger-loss.yaml"));

        var near = outcome.Out[outcome.Out.IndexOf("Near misses:", StringComparison.Ordinal)..];
        Assert.Contains("not lossTiers/major/amount:", near, StringComparison.Ordinal);
        Assert.Contains("needs amount >= 10000000; the fact has 3218400", near, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Json_TheResultWithItsNearMisses()
    {
        var outcome = CliRun.Run("explain", CliRun.Example("larger-loss.yaml"), "--format", "json");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var root = JsonNode.Parse(outcome.Out)!;
        Assert.NotEmpty(root["explanation"]!.AsArray());
        var major = Assert.Single(root["nearMisses"]!.AsArray(), m => m!["rule"]!.GetValue<string>() == "lossTiers/major/amount")!;
        Assert.Equal(">=", major["operator"]!.GetValue<string>());
        Assert.Equal("10000000", major["threshold"]!.GetValue<string>());
        Assert.Equal("3218400", major["actual"]!.GetValue<string>());
    }

    [Fact]
    public void Explain_OutOfScope_SameExitCodeAsEvaluate()
    {
        var explain = CliRun.Run("explain", CliRun.Example("out-of-scope.yaml"));
        var evaluate = CliRun.Run("evaluate", CliRun.Example("out-of-scope.yaml"));

        Assert.Equal(1, explain.ExitCode);
        Assert.Equal(evaluate.ExitCode, explain.ExitCode);
        Assert.Equal(evaluate.Error, explain.Error);
    }

    [Fact]
    public void EvaluateExplain_AppendsTheSameReasons()
    {
        var explain = CliRun.Run("explain", CliRun.Example("major-loss-ratio.json"));
        var evaluate = CliRun.Run("evaluate", CliRun.Example("major-loss-ratio.json"), "--explain");

        var reasons = explain.Out[explain.Out.IndexOf("Reasons:", StringComparison.Ordinal)..];
        Assert.EndsWith(reasons, evaluate.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainArticles_PrintsEachCitedArticlesOriginalText_Once()
    {
        var outcome = CliRun.Run("explain", CliRun.Example("larger-loss.yaml"), "--articles");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var articles = outcome.Out[outcome.Out.IndexOf("Articles:", StringComparison.Ordinal)..].Split('\n');
        var larger = Array.IndexOf(articles, "  [Art. 19(2)]");
        Assert.True(larger > 0, string.Join('\n', articles));
        Assert.Equal("    （二）较大资产损失。是指单笔资产损失价值在100万元以上1000万元以下，或者占发生损失企业追索责任认定年度的上年末资产1%以上3%以下。", articles[larger + 1]);
        Assert.Single(articles, l => l == "  [Art. 19(2)]");
        Assert.Contains(articles, l => l.StartsWith("  [national-2016 ", StringComparison.Ordinal));
        Assert.DoesNotContain(articles, l => l.Contains("not available", StringComparison.Ordinal));
    }

    [Fact]
    public void ExplainArticles_WithJson_IsRefused()
    {
        var outcome = CliRun.Run("explain", CliRun.Example("larger-loss.yaml"), "--articles", "--format", "json");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("ACR0975", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, outcome.Out);
    }
}
