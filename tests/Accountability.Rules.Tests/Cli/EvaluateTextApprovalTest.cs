using System.Text.RegularExpressions;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Cli;

/// <summary>
/// The analyst's text output of representative examples, approved line by line. The ruleset's hash
/// is masked (it changes with every edit of the ruleset; <see cref="Header_ShowsFirst12HexOfContentHash"/>
/// checks it); everything else is compared as is.
/// </summary>
public sealed partial class EvaluateTextApprovalTest
{
    [Theory]
    [InlineData("larger-loss.yaml", 0)]
    [InlineData("major-loss-ratio.json", 0)]
    [InlineData("general-loss-unknown-assets.yaml", 0)]
    [InlineData("out-of-scope.yaml", 1)]
    public void Evaluate_Example_MatchesApprovedText(string example, int exitCode)
    {
        var outcome = CliRun.Run("evaluate", CliRun.Example(example));

        Assert.True(outcome.ExitCode == exitCode, outcome.ToString());
        Approvals.Verify(MaskHash(outcome.Out), "evaluate." + Path.GetFileNameWithoutExtension(example) + ".text");
    }

    [Fact]
    public void Evaluate_NotInForce_MatchesApprovedText()
    {
        var outcome = CliRun.Run("evaluate", CliRun.Example("larger-loss.yaml"), "--on", "2019-12-31");

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Approvals.Verify(MaskHash(outcome.Out), "evaluate.not-in-force.text");
    }

    [Fact]
    public void Header_ShowsFirst12HexOfContentHash()
    {
        Assert.True(RuleSetCatalog.Bundled.TryGetDefinition("yibin-2020", out var definition));

        var outcome = CliRun.Run("evaluate", CliRun.Example("larger-loss.yaml"));

        Assert.StartsWith($"Ruleset yibin-2020 {definition.Version} (sha256 {definition.ContentHash![..12]}):", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Twice_GivesTheSameText()
    {
        var first = CliRun.Run("evaluate", CliRun.Example("major-loss-ratio.json"), "--explain");
        var second = CliRun.Run("evaluate", CliRun.Example("major-loss-ratio.json"), "--explain");

        Assert.Equal(first.Out, second.Out);
        Assert.DoesNotContain(RepositoryRoot.Path, first.Out, StringComparison.Ordinal);
    }

    private static string MaskHash(string text) => HashPattern().Replace(text, "(sha256 <hash>)");

    [GeneratedRegex(@"\(sha256 [0-9a-f]{12}\)")]
    private static partial Regex HashPattern();
}
