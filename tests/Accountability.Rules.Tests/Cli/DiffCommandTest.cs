using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Cli;

/// <summary><c>accountability diff</c>: text, Markdown and HTML, and its exit codes.</summary>
public sealed class DiffCommandTest
{
    private static readonly string Overlay = RepositoryRoot.Combine("examples/overlays/yibin-enterprise-example.ruleset.yaml");

    [Fact]
    public void Diff_Same_ExitZeroNoDifferences()
    {
        var outcome = CliRun.Run("diff", "yibin-2020", "yibin-2020@1.0.0");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal("yibin-2020 1.0.0 and yibin-2020 1.0.0: no differences\n", outcome.Out);
    }

    [Fact]
    public void Diff_RulesetAndOverlay_TextGroupsByAreaExitOne()
    {
        var outcome = CliRun.Run("diff", "yibin-2020", Overlay);

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith("yibin-2020 1.0.0 -> yibin-enterprise-example 1.0.0: ", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("\n[tierCriterion]\n  ~ lossTiers/general/amount cites:\n", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("      b: lossTotal total where total.amount < 500000\n", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_Markdown_OneTablePerArea()
    {
        var outcome = CliRun.Run("diff", "yibin-2020", Overlay, "--format", "markdown");

        Assert.Contains("\n## tierCriterion\n\n| item | change | aspect | yibin-2020 1.0.0 | yibin-enterprise-example 1.0.0 |\n|---|---|---|---|---|\n", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("| `lossTiers/major/amount` | changed | when | lossTotal total where total.amount >= 10000000 | lossTotal total where total.amount >= 5000000 |", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_Html_StandalonePageWithEscapedCells()
    {
        var outcome = CliRun.Run("diff", "national-2016", "yibin-2020", "--format", "html");

        Assert.StartsWith("<!DOCTYPE html>", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"authority\">authority</h2>", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("total.amount &gt;= 1000000", outcome.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("total.amount >= 1000000", outcome.Out, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", outcome.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-ruleset", "yibin-2020")]
    [InlineData("yibin-2020@9.9.9", "yibin-2020")]
    public void Diff_UnknownRulesetOrVersion_BadInputWithADiagnostic(string left, string right)
    {
        var outcome = CliRun.Run("diff", left, right);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error ACR", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Out);
    }
}
