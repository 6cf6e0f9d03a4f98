using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.Data.Overlays;

/// <summary>Several versions of one ruleset id: the version in force on a date, and the "not in force" answer.</summary>
public sealed class VersionSelectionTest
{
    private static readonly string First = SmallRuleSet.With("inForce: { from: 2024-01-01 }", "inForce: { from: 2024-01-01, to: 2024-06-30 }");

    private static readonly string Second = SmallRuleSet.With("inForce: { from: 2024-01-01 }", "inForce: { from: 2024-07-01 }")
        .Replace("version: 1.0.0", "version: 2.0.0", StringComparison.Ordinal);

    private static RuleSetCatalog Catalog()
    {
        var (result, folder, _) = OverlayAssets.LoadFolder(("v1.yaml", First), ("v2.yaml", Second));
        folder.Dispose();
        return LoadAssert.Loaded(result);
    }

    [Theory]
    [InlineData("2024-01-01", "1.0.0")]
    [InlineData("2024-06-30", "1.0.0")]
    [InlineData("2024-07-01", "2.0.0")]
    [InlineData("2030-01-01", "2.0.0")]
    public void Select_PicksTheVersionInForce(string date, string version)
    {
        var selection = Catalog().Select("small-2024", NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);

        Assert.Equal(version, selection.InForce?.Version);
        Assert.Null(selection.NotInForce);
    }

    [Fact]
    public void Select_BeforeEveryVersion_NotInForceNamingTheVersionsAndPeriods()
    {
        var selection = Catalog().Select("small-2024", new LocalDate(2023, 12, 31));

        Assert.Null(selection.InForce);
        Assert.Equal("1.0.0", selection.Nearest?.Version);
        Assert.Equal(
            "small-2024 is not in force on 2023-12-31: version 1.0.0 is in force from 2024-01-01 to 2024-06-30 (inclusive); version 2.0.0 is in force from 2024-07-01",
            selection.NotInForce);
    }

    [Fact]
    public void Select_UnknownId_IsNotKnown()
    {
        var selection = Catalog().Select("small-2099", new LocalDate(2024, 1, 1));

        Assert.False(selection.IsKnown);
        Assert.Null(selection.NotInForce);
    }

    [Fact]
    public void LoadFolder_OverlappingVersions_ErrorAtThePeriod()
    {
        var overlapping = Second.Replace("from: 2024-07-01", "from: 2024-06-30", StringComparison.Ordinal);
        var (result, folder, paths) = OverlayAssets.LoadFolder(("v1.yaml", First), ("v2.yaml", overlapping));
        folder.Dispose();

        var error = LoadAssert.SingleError(result, "ACR0415", TextPosition.Of(overlapping, "{ from: 2024-06-30 }"));
        Assert.Equal(paths[1], error.Location!.File);
        Assert.Contains("the day before", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yibin-2020", "2020-11-19", false)]
    [InlineData("yibin-2020", "2020-11-20", true)]
    [InlineData("weihai-2024", "2024-01-31", false)]
    [InlineData("weihai-2024", "2024-02-01", true)]
    public void Bundled_InForceFromTheirEffectiveDates(string id, string date, bool inForce)
    {
        var catalog = RuleSetCatalog.Bundled;
        if (!catalog.Select(id, new LocalDate(2030, 1, 1)).IsKnown)
        {
            return; // the ruleset is not bundled yet
        }

        var selection = catalog.Select(id, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);

        Assert.Equal(inForce, selection.InForce is not null);
        if (!inForce)
        {
            Assert.StartsWith($"{id} is not in force on {date}: version ", selection.NotInForce, StringComparison.Ordinal);
        }
    }
}
