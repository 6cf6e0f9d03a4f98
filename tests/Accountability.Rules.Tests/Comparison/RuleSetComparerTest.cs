using Accountability.Rules.Comparison;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Comparison;

/// <summary>Comparing rulesets item by item: the same ruleset, an overlay, the opinion and Yibin.</summary>
public sealed class RuleSetComparerTest
{
    private static RuleSetDefinition Bundled(string id) =>
        RuleSetCatalog.Bundled.TryGetDefinition(id, out var definition) ? definition : throw new InvalidOperationException($"{id} is not bundled.");

    [Fact]
    public void Compare_ARulesetWithItself_NoDifferences()
    {
        var difference = RuleSetComparer.Compare(Bundled("yibin-2020"), Bundled("yibin-2020"));

        Assert.True(difference.IsEmpty);
        Assert.Equal(("yibin-2020 1.0.0", "yibin-2020 1.0.0"), (difference.Left, difference.Right));
    }

    [Fact]
    public void Compare_YibinAndItsEnterpriseOverlay_TierThresholdsChangedRowByRow()
    {
        var loaded = RuleSetCatalog.Bundled.WithFiles([RepositoryRoot.Combine("examples/overlays/yibin-enterprise-example.ruleset.yaml")]);
        Assert.True(loaded.Succeeded, loaded.ToString());

        var difference = RuleSetComparer.Compare(Bundled("yibin-2020"), loaded.Value!.Files[0].RuleSet);

        var when = Assert.Single(difference.Differences, d => d.Item == "lossTiers/major/amount" && d.Aspect == "when");
        Assert.Equal(("tierCriterion", DifferenceKind.Changed), (when.Area, when.Kind));
        Assert.Contains(">= 10000000", when.Left, StringComparison.Ordinal);
        Assert.Contains(">= 5000000", when.Right, StringComparison.Ordinal);
        Assert.DoesNotContain(difference.Differences, d => d.Area == "sanction");
        Assert.Equal("header", difference.Differences[0].Area);
    }

    [Fact]
    public void Compare_OpinionAndYibin_HandlingReplacedAndTiersAdded()
    {
        var difference = RuleSetComparer.Compare(Bundled("national-2016"), Bundled("yibin-2020"));

        Assert.Contains(difference.Differences, d => (d.Area, d.Item, d.Kind) == ("authority", "n6-2-general", DifferenceKind.Removed));
        var group = Assert.Single(difference.Differences, d => d.Item == "art37-group");
        Assert.Equal((DifferenceKind.Added, "authority"), (group.Kind, group.Area));
        Assert.Contains("then: assert authority {authority: 'group'", group.Right, StringComparison.Ordinal);
        // The opinion leaves the thresholds to others (三(二)); Yibin's Art. 19 adds them row by row.
        Assert.Contains(difference.Differences, d => (d.Area, d.Item, d.Kind) == ("tierCriterion", "lossTiers/larger/amount", DifferenceKind.Added));
        Assert.Contains(difference.Differences, d => (d.Area, d.Item, d.Kind) == ("codes/authorities", "group", DifferenceKind.Added));
        Assert.Contains(difference.Differences, d => (d.Area, d.Item, d.Kind) == ("codes/authorities", "superior-or-supervising-body", DifferenceKind.Removed));
    }

    [Fact]
    public void Compare_IsSymmetric_AddedBecomesRemoved()
    {
        var forward = RuleSetComparer.Compare(Bundled("national-2016"), Bundled("yibin-2020"));
        var backward = RuleSetComparer.Compare(Bundled("yibin-2020"), Bundled("national-2016"));

        Assert.Equal(forward.Differences.Length, backward.Differences.Length);
        Assert.Equal(
            forward.Differences.Count(d => d.Kind == DifferenceKind.Added),
            backward.Differences.Count(d => d.Kind == DifferenceKind.Removed));
    }
}
