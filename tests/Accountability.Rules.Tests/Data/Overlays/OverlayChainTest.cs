using System.Security.Cryptography;
using System.Text;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.Overlays;

/// <summary>An overlay chain: the effective ruleset after add, replace and remove of rules and rows.</summary>
public sealed class OverlayChainTest
{
    private static RuleSetCatalog Load(out string parentPath)
    {
        var (result, folder, paths) = OverlayAssets.LoadFolder(("a-small.yaml", SmallRuleSet.Text), ("b-enterprise.yaml", OverlayAssets.Child));
        using (folder)
        {
            parentPath = paths[0];
            return LoadAssert.Loaded(result);
        }
    }

    private static RuleSetDefinition Effective() =>
        Load(out _).TryGetDefinition("small-enterprise", out var definition) ? definition : throw new InvalidOperationException("not loaded");

    [Fact]
    public void Effective_IdVersionAndPeriodOfTheChildParentsAndChainHash()
    {
        var effective = Effective();

        Assert.Equal(("small-enterprise", "2.1.0"), (effective.Id, effective.Version));
        Assert.Equal(new NodaTime.LocalDate(2024, 3, 1), effective.InForceFrom);
        Assert.Equal([new RuleSetParent("small-2024", "1.0.0")], effective.Parents.ToArray());
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SmallRuleSet.Text + OverlayAssets.Child)));
        Assert.Equal(expected, effective.ContentHash);
    }

    [Fact]
    public void Effective_InheritsDeclarationsAndPutsItsOwnDocumentFirst()
    {
        var effective = Effective();

        Assert.Equal(["enterprise-doc", "small-doc", "other-doc"], effective.Documents.Select(d => d.Id));
        Assert.Equal("CNY", effective.Currency);
        Assert.Equal(["general", "larger", "major"], effective.Tiers.Select(t => t.Code));
        Assert.Contains(effective.Policies, p => p.Id == "highest-tier");
    }

    [Fact]
    public void Replace_Row_NewRulesInTheOldPlaceCitingTheNewRow()
    {
        var effective = Effective();
        var ids = effective.Rules.Select(r => r.Id).ToList();

        var larger = effective.Rules.Single(r => r.Id == "lossTiers/larger/amount");
        Assert.Equal(new Citation("enterprise-doc", "Art. 3"), larger.Citation);
        Assert.Contains("500000", larger.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("lossTiers/larger/assetRatio", ids);
        Assert.True(ids.IndexOf("lossTiers/general/amount") < ids.IndexOf("lossTiers/larger/amount"));
        Assert.True(ids.IndexOf("lossTiers/larger/amount") < ids.IndexOf("lossTiers/major/amount"));
    }

    [Fact]
    public void Remove_Row_ItsRulesAreGone()
    {
        var ids = Effective().Rules.Select(r => r.Id).ToList();

        Assert.Contains("factorEffects/1", ids);
        Assert.DoesNotContain("factorEffects/2", ids);
    }

    [Fact]
    public void Add_RuleAtTheEndAndRowAfterItsTable()
    {
        var ids = Effective().Rules.Select(r => r.Id).ToList();

        Assert.Equal("enterprise-note", ids[^1]);
        Assert.Equal(ids.IndexOf("promotionRestrictions/1/no-promotion") + 1, ids.IndexOf("promotionRestrictions/2/no-promotion"));
    }

    [Fact]
    public void Changes_EachKeepsItsOwnCitation()
    {
        var loaded = Load(out _).LoadedOf("small-enterprise", "2.1.0")!;

        Assert.Equal(
            [
                ("replace", "lossTiers/larger", "small-doc Art. 9"),
                ("remove", "factorEffects/2", "enterprise-doc Art. 4"),
                ("add", "enterprise-note", "enterprise-doc Art. 5"),
                ("add", "promotionRestrictions/2", "enterprise-doc Art. 6"),
            ],
            loaded.Changes.Select(c => (c.Kind, c.Target, $"{c.Citation}")));
        Assert.Equal(["lossTiers/larger/amount", "lossTiers/larger/assetRatio"], loaded.Changes[0].RuleIds.Take(2));
    }

    [Fact]
    public void Parent_IsUnchangedByItsOverlay()
    {
        var catalog = Load(out _);

        Assert.True(catalog.TryGetDefinition("small-2024", out var parent));
        Assert.Contains(parent.Rules, r => r.Id == "factorEffects/2");
        Assert.Empty(parent.Parents);
    }

    [Fact]
    public void Replace_Rule_WithAGeneralRule()
    {
        var child = OverlayAssets.ChildWith("  - remove: factorEffects/2\n    cites: \"Art. 4\"\n", """
              - replace: given-responsibility
                rule:
                  id: given-responsibility
                  title: Only direct responsibility is taken as given
                  cites: "Art. 7"
                  salience: 60
                  when:
                    - fact: person
                      as: p
                      where: { responsibility: direct }
                  then:
                    - assert: personResponsibility
                      set: { person: $p.id, responsibility: direct, basis: given }
                cites: "Art. 7"

            """);
        var (result, folder, _) = OverlayAssets.LoadFolder(("a.yaml", SmallRuleSet.Text), ("b.yaml", child));
        using (folder)
        {
            Assert.True(LoadAssert.Loaded(result).TryGetDefinition("small-enterprise", out var effective));
            var rule = effective.Rules.Single(r => r.Id == "given-responsibility");
            Assert.Equal(new Citation("enterprise-doc", "Art. 7"), rule.Citation);
        }
    }

    [Fact]
    public void Chain_OfThree_NamesEveryParentNearestFirst()
    {
        var grandchild = """
            ruleset:
              id: small-branch
              version: 1.0.0
              title: 某分公司细则（示例）
              inForce: { from: 2024-05-01 }
            extends: { id: small-enterprise, version: 2.1.0 }
            changes:
              - remove: enterprise-note
                cites: { document: enterprise-doc, article: "Art. 10" }
            """;
        var (result, folder, _) = OverlayAssets.LoadFolder(("a.yaml", SmallRuleSet.Text), ("b.yaml", OverlayAssets.Child), ("c.yaml", grandchild));
        using (folder)
        {
            Assert.True(LoadAssert.Loaded(result).TryGetDefinition("small-branch", out var effective));
            Assert.Equal(["small-enterprise 2.1.0", "small-2024 1.0.0"], effective.Parents.Select(p => p.ToString()));
            Assert.DoesNotContain(effective.Rules, r => r.Id == "enterprise-note");
            Assert.Contains(effective.Rules, r => r.Id == "lossTiers/larger/amount" && r.Citation.DocumentId == "enterprise-doc");
        }
    }
}
