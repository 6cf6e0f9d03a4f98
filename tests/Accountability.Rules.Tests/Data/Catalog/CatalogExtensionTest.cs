using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Tests.Data.Overlays;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.Catalog;

/// <summary>A catalogue extended by ruleset and overlay files: chains, shadowing, errors, and what a load reads.</summary>
public sealed class CatalogExtensionTest
{
    private const string Grandchild = """
        ruleset:
          id: small-branch
          version: 1.0.0
          title: 某分公司细化标准（示例）
          inForce: { from: 2024-06-01 }
        extends: small-enterprise
        documents:
          - id: branch-doc
            title: 某分公司细则（示例）
        changes:
          - remove: enterprise-note
            cites: "Art. 1"
        """;

    private static RuleSetText Small => new(SmallRuleSet.FileName, SmallRuleSet.Text);

    [Fact]
    public void WithTexts_ChainOfTwoOverlaysOverAFile_LoadsEachWithItsParents()
    {
        var catalog = LoadAssert.Loaded(RuleSetCatalog.Bundled.WithTexts(new RuleSetText("branch.yaml", Grandchild), new RuleSetText("enterprise.yaml", OverlayAssets.Child), Small));

        Assert.Equal(["branch.yaml", "enterprise.yaml", SmallRuleSet.FileName], catalog.Files.Select(f => f.FileName));
        Assert.True(catalog.TryGetDefinition("small-branch", out var branch));
        Assert.Equal(["small-enterprise 2.1.0", "small-2024 1.0.0"], branch.Parents.Select(p => p.ToString()));
        Assert.DoesNotContain(branch.Rules, r => r.Id == "enterprise-note");
        Assert.Contains(catalog.Versions("small-enterprise").Single().Rules, r => r.Id == "enterprise-note");
        Assert.True(catalog.TryGet("small-branch", "1.0.0", out var compiled));
        Assert.Same(branch, compiled.Definition);
    }

    [Fact]
    public void WithTexts_KeepsTheBundledRulesetsBeside()
    {
        var catalog = LoadAssert.Loaded(RuleSetCatalog.Bundled.WithTexts(Small));

        Assert.Contains("yibin-2020", catalog.Ids);
        Assert.Contains("small-2024", catalog.Ids);
        Assert.Empty(RuleSetCatalog.Bundled.Files);
    }

    [Fact]
    public void WithTexts_AnIdOfTheCatalogue_ReplacesEveryVersionOfIt()
    {
        var text = SmallRuleSet.With("id: small-2024", "id: national-2016");

        var catalog = LoadAssert.Loaded(RuleSetCatalog.Bundled.WithTexts(new RuleSetText("national.yaml", text)));

        var version = Assert.Single(catalog.Versions("national-2016"));
        Assert.Equal("小型测试办法", version.Title);
    }

    [Fact]
    public void WithTexts_OverlayWithoutItsParentFile_IsAnErrorAtExtends()
    {
        var result = RuleSetCatalog.Bundled.WithTexts(new RuleSetText("branch.yaml", Grandchild));

        LoadAssert.SingleError(result, "ACR0501", (6, 10));
        Assert.Equal("branch.yaml", result.Errors[0].Location?.File);
        Assert.Contains("small-enterprise", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithFiles_AMissingFile_IsAnErrorNotAnException()
    {
        using var folder = new TemporaryFolder();

        var result = RuleSetCatalog.Bundled.WithFiles(Path.Combine(folder.Path, "missing.yaml"));

        LoadAssert.SingleError(result, "ACR0101", (1, 1));
        Assert.Null(result.Value);
    }

    [Fact]
    public void WithFiles_AnOverlayOfYibin_ReadsOnlyItsParents()
    {
        var bundled = BundledRuleSets.Catalog();

        var catalog = LoadAssert.Loaded(bundled.WithFiles(RepositoryRoot.Combine("examples/overlays/yibin-enterprise-example.ruleset.yaml")));

        Assert.Equal("yibin-enterprise-example", Assert.Single(catalog.Files).RuleSet.Id);
        Assert.Equal(
            ["national-2016", "yibin-2020"],
            bundled.Ids.Where(id => bundled.EntriesOf(id).Any(e => e.IsLoaded)));
    }

    [Fact]
    public void Select_OneBundledRuleset_ReadsNoOther()
    {
        var bundled = BundledRuleSets.Catalog();

        Assert.NotNull(bundled.Select("weihai-2024", new NodaTime.LocalDate(2024, 6, 1)).InForce);

        Assert.Equal(["weihai-2024"], bundled.Ids.Where(id => bundled.EntriesOf(id).Any(e => e.IsLoaded)));
    }

    [Fact]
    public void EffectiveYaml_OfAnOverlay_NamesItsChainAndChanges()
    {
        var catalog = LoadAssert.Loaded(RuleSetCatalog.Bundled.WithTexts(Small, new RuleSetText("enterprise.yaml", OverlayAssets.Child)));
        Assert.True(catalog.TryGetDefinition("small-enterprise", out var overlay));

        var yaml = catalog.EffectiveYaml(overlay);

        Assert.StartsWith("# Effective ruleset small-enterprise 2.1.0 (small-2024 1.0.0 with its changes applied)\n", yaml, StringComparison.Ordinal);
        Assert.Contains("#   replace lossTiers/larger (", yaml, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RuleSetCatalog.Bundled.EffectiveYaml(overlay));
    }

    [Fact]
    public void Validate_AFolderAndAFile_LoadsThemTogetherAndListsSkippedCases()
    {
        using var folder = new TemporaryFolder();
        folder.Write("rules/small.yaml", SmallRuleSet.Text);
        folder.Write("rules/case.yaml", SmallCase.Yaml);
        var overlay = folder.Write("enterprise.yaml", OverlayAssets.Child);

        var validation = RuleSetCatalog.Bundled.Validate(Path.Combine(folder.Path, "rules"), overlay);

        // The files load; what verification finds in them (the small ruleset's matrix is not complete) is VerificationTest's.
        Assert.DoesNotContain(validation.Diagnostics, d => !d.Id.StartsWith("ACR11", StringComparison.Ordinal));
        Assert.Equal(["small-2024", "small-enterprise"], validation.RuleSets.Select(r => r.RuleSet.Id).Order(StringComparer.Ordinal));
        Assert.EndsWith("/rules/case.yaml", Assert.Single(validation.SkippedCaseFiles), StringComparison.Ordinal);
        Assert.Equal(2, validation.FileCount);
    }

    [Fact]
    public void UnknownIdHint_ATypo_SuggestsTheId()
    {
        Assert.StartsWith("did you mean 'yibin-2020'? rulesets available: ", RuleSetCatalog.Bundled.UnknownIdHint("yibin-2002"), StringComparison.Ordinal);
    }
}
