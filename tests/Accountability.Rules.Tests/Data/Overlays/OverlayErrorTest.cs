using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.Overlays;

/// <summary>Every load error of a bad overlay, at its position and with a hint.</summary>
public sealed class OverlayErrorTest
{
    private static Accountability.Rules.Data.LoadResult<Accountability.Rules.Data.Catalog.RuleSetCatalog> Load(string child, params (string Name, string Text)[] others)
    {
        var (result, folder, _) = OverlayAssets.LoadFolder([("a-small.yaml", SmallRuleSet.Text), .. others, ("z-child.yaml", child)]);
        folder.Dispose();
        return result;
    }

    [Fact]
    public void UnknownParent_ErrorAtTheExtendsValueListsTheRulesets()
    {
        var child = OverlayAssets.ChildWith("extends: small-2024", "extends: small-2042");

        var error = LoadAssert.HasError(Load(child), "ACR0501", TextPosition.Of(child, "small-2042"));

        Assert.Contains("did you mean 'small-2024'?", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownParentVersion_ListsTheVersions()
    {
        var child = OverlayAssets.ChildWith("extends: small-2024", "extends: { id: small-2024, version: 9.9.9 }");

        var error = LoadAssert.SingleError(Load(child), "ACR0504", TextPosition.Of(child, "{ id: small-2024"));

        Assert.Equal("versions of small-2024: 1.0.0 (from 2024-01-01)", error.Hint);
    }

    [Fact]
    public void ParentNotInForceWhenTheChildStarts_IsAnError()
    {
        var child = OverlayAssets.ChildWith("inForce: { from: 2024-03-01 }", "inForce: { from: 2023-03-01 }");

        LoadAssert.SingleError(Load(child), "ACR0505", TextPosition.Of(child, "small-2024"));
    }

    [Fact]
    public void Cycle_NamesTheChain()
    {
        var a = OverlayAssets.ChildWith("extends: small-2024", "extends: cycle-b").Replace("id: small-enterprise", "id: cycle-a", StringComparison.Ordinal);
        var b = OverlayAssets.ChildWith("extends: small-2024", "extends: cycle-a").Replace("id: small-enterprise", "id: cycle-b", StringComparison.Ordinal);
        var (result, folder, paths) = OverlayAssets.LoadFolder(("a.yaml", a), ("b.yaml", b));
        folder.Dispose();

        var error = LoadAssert.HasError(result, "ACR0503", TextPosition.Of(b, "cycle-a"));
        Assert.Equal(paths[1], error.Location!.File);
        Assert.Contains("remove 'extends:'", error.Hint, StringComparison.Ordinal);
        LoadAssert.HasError(result, "ACR0506", TextPosition.Of(a, "cycle-b"));
    }

    [Fact]
    public void ReplaceUnknownId_ErrorAtTheIdListsNearIds()
    {
        var child = OverlayAssets.ChildWith("replace: lossTiers/larger", "replace: lossTiers/largest");

        var error = LoadAssert.SingleError(Load(child), "ACR0507", TextPosition.Of(child, "lossTiers/largest"));

        Assert.StartsWith("did you mean 'lossTiers/larger'? ids near it: lossTiers/larger", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveUnknownId_ErrorAtTheId()
    {
        var child = OverlayAssets.ChildWith("remove: factorEffects/2", "remove: factorEffects/3");

        var error = LoadAssert.SingleError(Load(child), "ACR0507", TextPosition.Of(child, "factorEffects/3"));

        Assert.Contains("factorEffects/2", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AddExistingRuleId_SaysItExistsInTheParentAndHowToReplaceIt()
    {
        var child = OverlayAssets.ChildWith("id: enterprise-note", "id: loss-total");

        var error = LoadAssert.SingleError(Load(child), "ACR0510", TextPosition.Of(child, "loss-total"));

        Assert.Equal("to change it, write a change '- replace: loss-total' under changes:, or give the new entry another id", error.Hint);
    }

    [Fact]
    public void AddExistingRowId_SaysItExistsInTheParent()
    {
        var child = OverlayAssets.ChildWith("    row:\n      measures: [降职]", "    row:\n      id: promotionRestrictions/1\n      measures: [降职]");

        LoadAssert.HasError(Load(child), "ACR0510", TextPosition.Of(child, "promotionRestrictions/1\n"));
    }

    [Fact]
    public void ChangeWithoutItsOwnCitation_IsAnError()
    {
        var child = OverlayAssets.ChildWith("  - remove: factorEffects/2\n    cites: \"Art. 4\"\n", "  - remove: factorEffects/2\n");

        LoadAssert.SingleError(Load(child), "ACR0202", TextPosition.Of(child, "remove: factorEffects/2"));
    }

    [Fact]
    public void ChangeWithTwoKinds_IsAnError()
    {
        var child = OverlayAssets.ChildWith("  - remove: factorEffects/2\n", "  - remove: factorEffects/2\n    replace: factorEffects/1\n");

        var error = LoadAssert.SingleError(Load(child), "ACR0508", TextPosition.Of(child, "remove: factorEffects/2"));

        Assert.Contains("own cites", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRowToAnUnknownTable_ListsTheTables()
    {
        var child = OverlayAssets.ChildWith("table: promotionRestrictions", "table: promotions");

        var error = LoadAssert.SingleError(Load(child), "ACR0301", TextPosition.Of(child, "promotions\n"));

        Assert.Contains("promotionRestrictions", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangesWithoutExtends_IsAnError()
    {
        var text = SmallRuleSet.Text + "\nchanges:\n  - remove: factorEffects/2\n    cites: \"Art. 4\"\n";

        LoadAssert.SingleError(RuleSetLoader.Load(text, SmallRuleSet.FileName), "ACR0509", TextPosition.Of(text, "changes:"));
    }

    [Fact]
    public void RowOfAReplacementWithAnError_ErrorAtTheRowsValue()
    {
        var child = OverlayAssets.ChildWith("amount: { 以上: 500000, 以下: 5000000 }", "amount: { 以上: 5000000, 以下: 500000 }");

        LoadAssert.SingleError(Load(child), "ACR0409", TextPosition.Of(child, "{ 以上: 5000000"));
    }

    [Fact]
    public void SingleFileOverlayOfABundledRuleset_ResolvesTheParentInTheBundledCatalogue()
    {
        var text = """
            ruleset:
              id: yibin-test-overlay
              version: 1.0.0
              title: 测试
              inForce: { from: 2024-01-01 }
            extends: yibin-2020
            documents:
              - { id: test-doc, title: 测试 }
            changes:
              - remove: lossTiers/general
                cites: { document: yibin-2020, article: "Art. 40" }
            """;

        var effective = LoadAssert.Loaded(RuleSetLoader.Load(text, "overlay.yaml"));

        Assert.Equal("yibin-2020", effective.Parents[0].Id);
        Assert.DoesNotContain(effective.Rules, r => r.Id.StartsWith("lossTiers/general/", StringComparison.Ordinal));
    }

    [Fact]
    public void RestatedParentTableWithItsOwnSalience_IsAnErrorNotIgnored()
    {
        var child = OverlayAssets.Child + "\n" + """
            promotionRestrictions:
              salience: 77
              rows:
                - measures: [降职]
                  restrictions: [ { kind: no-promotion, period: P3Y } ]
                  cites: "Art. 6"
            """;

        var error = LoadAssert.HasError(Load(child), "ACR0511", TextPosition.Of(child, "salience: 77"));

        Assert.Contains("replace the rows by id", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void RestatedParentTableWithoutTableSettings_AddsItsRows()
    {
        var child = OverlayAssets.Child + "\n" + """
            promotionRestrictions:
              rows:
                - measures: [降职]
                  restrictions: [ { kind: no-promotion, period: P3Y } ]
                  cites: "Art. 6"
            """;

        Assert.True(Load(child).Succeeded);
    }
}
