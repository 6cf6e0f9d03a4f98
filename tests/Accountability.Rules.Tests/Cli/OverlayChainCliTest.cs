using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Cli;

/// <summary>
/// A chain of two overlay files on the command line (examples/overlay-chain/): the subsidiary's
/// overlay extends the group's, which extends yibin-2020. The case is evaluated under the file no
/// other given file extends.
/// </summary>
public sealed class OverlayChainCliTest
{
    private static readonly string Group = RepositoryRoot.Combine("examples/overlay-chain/yibin-group-example.ruleset.yaml");
    private static readonly string Subsidiary = RepositoryRoot.Combine("examples/overlay-chain/yibin-subsidiary-example.ruleset.yaml");
    private static readonly string Case = RepositoryRoot.Combine("examples/overlay-chain/subsidiary-loss.yaml");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evaluate_TwoOverlayFiles_EvaluatesUnderTheOutermostWithBothChanges(bool subsidiaryFirst)
    {
        string[] files = subsidiaryFirst ? ["--ruleset", Subsidiary, "--ruleset", Group] : ["--ruleset", Group, "--ruleset", Subsidiary];

        var outcome = CliRun.Run(["evaluate", Case, .. files]);

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("Ruleset yibin-subsidiary-example 1.0.0", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("  extends yibin-group-example 1.0.0, which extends yibin-2020 1.0.0", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("Tier: larger", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("last restricted day, inclusive: 2025-09-20", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ACaseNamingTheMiddleOverlay_IsEvaluatedUnderTheOutermost()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("group-case.yaml", File.ReadAllText(Case).Replace("ruleset: yibin-subsidiary-example", "ruleset: yibin-group-example", StringComparison.Ordinal));

        var outcome = CliRun.Run("evaluate", path, "--ruleset", Group, "--ruleset", Subsidiary);

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("Ruleset yibin-subsidiary-example 1.0.0", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TheSubsidiaryWithoutTheGroupFile_IsBadInputAtItsExtends()
    {
        var outcome = CliRun.Run("evaluate", Case, "--ruleset", Subsidiary);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"{Subsidiary}:21:10: error ACR0501: unknown parent ruleset 'yibin-group-example'", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TwoOverlaysOfOneParent_IsBadInputNamingBoth()
    {
        var enterprise = RepositoryRoot.Combine("examples/overlays/yibin-enterprise-example.ruleset.yaml");

        var outcome = CliRun.Run("evaluate", Case, "--ruleset", Group, "--ruleset", enterprise);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("the ruleset files end in 2 rulesets that no other given file extends: yibin-group-example", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("yibin-enterprise-example", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Out);
    }

    [Fact]
    public void Show_TheChainsFiles_PrintsTheOutermostWithItsParents()
    {
        var outcome = CliRun.Run("show", Subsidiary, Group);

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith(
            "# Effective ruleset yibin-subsidiary-example 1.0.0 (yibin-group-example 1.0.0 <- yibin-2020 1.0.0 <- national-2016 1.0.0 with its changes applied)\n",
            outcome.Out,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Show_AnIdWithAnotherArgument_IsBadInput()
    {
        var outcome = CliRun.Run("show", "yibin-2020", "national-2016");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("only ruleset files can be given together", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TheChainsFiles_PrintsOkForEach()
    {
        var outcome = CliRun.Run("validate", Group, Subsidiary);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains($"ok yibin-group-example 1.0.0: ", outcome.Out, StringComparison.Ordinal);
        Assert.Contains($", extends yibin-group-example 1.0.0 <- yibin-2020 1.0.0 <- national-2016 1.0.0 ({Subsidiary})\n", outcome.Out, StringComparison.Ordinal);
    }
}
