using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.Overlays;

/// <summary>The bundled example of an enterprise overlay (Yibin Art. 40): the same loss is graded higher under it.</summary>
public sealed class EnterpriseOverlayExampleTest
{
    private static readonly string OverlayPath = RepositoryRoot.Combine("examples/overlays/yibin-enterprise-example.ruleset.yaml");
    private static readonly string CasePath = RepositoryRoot.Combine("examples/overlays/enterprise-loss.yaml");

    private static RuleSetDefinition Overlay() => LoadAssert.Loaded(RuleSetLoader.LoadFile(OverlayPath));

    [Fact]
    public void Overlay_ExtendsYibinAndCitesArt40ForEachReplacedRow()
    {
        var overlay = Overlay();

        Assert.Equal(["yibin-2020", "national-2016"], overlay.Parents.Select(p => p.Id));
        Assert.Equal(new Citation("example-enterprise-rules", "第五条(二)"), overlay.Rules.Single(r => r.Id == "lossTiers/larger/amount").Citation);
        Assert.True(RuleSetCatalog.Bundled.TryGetDefinition("yibin-2020", out var yibin));
        Assert.Equal(yibin.Rules.Length, overlay.Rules.Length);
        Assert.Equal(yibin.Rules.Select(r => r.Id), overlay.Rules.Select(r => r.Id));
    }

    [Fact]
    public void SameLoss_GeneralUnderYibin_LargerUnderTheOverlay()
    {
        var caseFile = LoadAssert.Loaded(CaseLoader.LoadFile(CasePath));
        var overlay = Overlay();
        Assert.True(RuleSetCatalog.Bundled.TryGet("yibin-2020", out var yibin));

        var underYibin = CaseEvaluator.Evaluate(TestEngine.Of(yibin), caseFile.Facts, caseFile.DecidedOn);
        var underOverlay = CaseEvaluator.Evaluate(TestEngine.Of(RuleCompiler.Compile(overlay)), caseFile.Facts, caseFile.DecidedOn);

        Assert.Equal("general", underYibin.LossSeverity.Tier);
        Assert.Equal("larger", underOverlay.LossSeverity.Tier);
        Assert.Equal(underYibin.LossSeverity.TotalLoss, underOverlay.LossSeverity.TotalLoss);
        Assert.Equal("yibin-enterprise-example", underOverlay.RuleSetId);
        Assert.Equal(overlay.ContentHash, underOverlay.ContentHash);
    }

    [Theory]
    [InlineData(499999.99, "general", "general")]
    [InlineData(500000, "general", "larger")]
    [InlineData(4999999.99, "larger", "larger")]
    [InlineData(5000000, "larger", "major")]
    [InlineData(10000000, "major", "major")]
    public void Boundaries_OfTheEnterpriseThresholds(decimal amount, string yibinTier, string overlayTier)
    {
        var text = File.ReadAllText(CasePath).Replace("amount: 800000", $"amount: {amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}", StringComparison.Ordinal)
            .Replace("priorYearEndTotalAssets: 500000000", "priorYearEndTotalAssets: 100000000000", StringComparison.Ordinal);
        var caseFile = LoadAssert.Loaded(CaseLoader.Load(text, "case.yaml"));
        Assert.True(RuleSetCatalog.Bundled.TryGet("yibin-2020", out var yibin));

        Assert.Equal(yibinTier, CaseEvaluator.Evaluate(TestEngine.Of(yibin), caseFile.Facts, caseFile.DecidedOn).LossSeverity.Tier);
        Assert.Equal(overlayTier, CaseEvaluator.Evaluate(RuleCompiler.Compile(Overlay()), caseFile.Facts, caseFile.DecidedOn).LossSeverity.Tier);
    }

    [Fact]
    public void Cli_EvaluateWithTheOverlayFile_Exits0AndNamesTheOverlay()
    {
        var outcome = CliRun.Run("evaluate", CasePath, "--ruleset", OverlayPath);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.StartsWith("Ruleset yibin-enterprise-example 1.0.0 (sha256 ", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("Tier: larger", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_EvaluateWithTheOverlayFile_InheritedReasonNamesItsDocument()
    {
        var outcome = CliRun.Run("evaluate", CasePath, "--ruleset", OverlayPath);

        Assert.Contains("    because: 负责实施本企业的责任追究 (yibin-2020 Art. 37(1))\n", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_EvaluateWithoutTheOverlay_TheCaseNamesAnUnknownRuleset()
    {
        var outcome = CliRun.Run("evaluate", CasePath);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains("unknown ruleset 'yibin-enterprise-example'", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_ShowTheOverlay_PrintsTheEffectiveRulesAndTheChangesWithTheirCitations()
    {
        var first = CliRun.Run("show", OverlayPath);
        var second = CliRun.Run("show", OverlayPath);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(first.Out, second.Out);
        Assert.Contains(", extending yibin-2020 1.0.0 <- national-2016 1.0.0, content hash ", first.Out, StringComparison.Ordinal);
        Assert.Contains("#   replace lossTiers/larger (yibin-2020 Art. 40): rules lossTiers/larger/amount", first.Out, StringComparison.Ordinal);
        Assert.Contains("  - id: \"lossTiers/larger/amount\"\n    title:", first.Out, StringComparison.Ordinal);
        Assert.Contains("  # row lossTiers/larger of lossTiers\n  - id: \"lossTiers/larger/amount\"\n", first.Out, StringComparison.Ordinal);
    }
}
