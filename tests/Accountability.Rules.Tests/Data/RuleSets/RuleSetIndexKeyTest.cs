using System.Collections.Frozen;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.RuleSets;

namespace Accountability.Rules.Tests.Data.RuleSets;

/// <summary>The header scan the bundled catalogue indexes by, against the full parse of the same text.</summary>
public sealed class RuleSetIndexKeyTest
{
    public static TheoryData<string> BundledResources()
    {
        var data = new TheoryData<string>();
        foreach (var name in typeof(BundledRuleSets).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(BundledRuleSets.Prefix, StringComparison.Ordinal) && BundledRuleSets.IsRuleSetPath(n[BundledRuleSets.Prefix.Length..]))
            .Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BundledResources))]
    public void Scan_EveryBundledRuleset_ReadsWhatTheFullParseReads(string resource)
    {
        var text = Resource(resource);

        var key = RuleSetIndexKey.Scan(text);
        var preview = ParsedRuleSetFile.Parse(resource, text).Preview;

        Assert.NotNull(key);
        Assert.NotNull(preview);
        Assert.Equal((preview.Id, preview.Version, preview.InForceFrom), (key.Id, (string?)key.Version, (NodaTime.LocalDate?)key.InForceFrom));
    }

    [Fact]
    public void Scan_HeaderAfterOtherKeys_SkipsThemWhole()
    {
        var key = RuleSetIndexKey.Scan("""
            extends: { id: national-2016, version: 1.0.0 }
            documents:
              - id: d
                ruleset: { id: not-this-one }
            ruleset:
              title: t
              inForce: { to: 2030-01-01, from: 2024-06-01 }
              version: 2.1.0
              id: late-header
            rules: []
            """);

        Assert.Equal(new RuleSetIndexKey("late-header", "2.1.0", new NodaTime.LocalDate(2024, 6, 1)), key);
    }

    [Theory]
    [InlineData("ruleset: { id: a, version: 1.0.0 }")]
    [InlineData("ruleset: { id: a, version: 1.0.0, inForce: { from: 2024-13-01 } }")]
    [InlineData("ruleset: { id: a, version: 1.0.0, inForce: 2024-01-01 }")]
    [InlineData("ruleset: { id: [a], version: 1.0.0, inForce: { from: 2024-01-01 } }")]
    [InlineData("ruleset: { version: 1.0.0, inForce: { from: 2024-01-01 } }")]
    [InlineData("ruleset: a-case-names-its-ruleset\ndecidedOn: 2024-01-01")]
    [InlineData("- a list\n- not a ruleset")]
    [InlineData("ruleset: { id: a, version: 1.0.0, inForce: { from: 2024-01-01 }")]
    [InlineData("")]
    public void Scan_NoReadableHeader_IsNull(string text) => Assert.Null(RuleSetIndexKey.Scan(text));

    [Fact]
    public void Scan_FirstDayUnreadable_IsNullWhateverFollows()
    {
        Assert.Null(RuleSetIndexKey.Scan("ruleset: { inForce: { from: someday, to: 2030-01-01 }, id: a, version: 1.0.0 }"));
        Assert.Equal(
            new RuleSetIndexKey("a", "1.0.0", new NodaTime.LocalDate(2024, 1, 1)),
            RuleSetIndexKey.Scan("ruleset: { inForce: { to: 2030-01-01, from: 2024-01-01 }, id: a, version: 1.0.0 }"));
    }

    [Fact]
    public void BundledCatalogue_Indexed_LoadsNoRuleset()
    {
        var bundled = BundledRuleSets.Catalog();

        Assert.Equal(7, bundled.Ids.Length);
        Assert.DoesNotContain(bundled.Ids, id => bundled.EntriesOf(id).Any(e => e.IsLoaded));
    }

    [Fact]
    public void LazyCalendars_ReadOnFirstUseOnly()
    {
        var reads = 0;
        var calendars = new LazyCalendars(() =>
        {
            reads++;
            return new Dictionary<string, Accountability.Rules.Calendars.WorkingDayCalendar>().ToFrozenDictionary();
        });

        Assert.Equal(0, reads);
        Assert.False(calendars.ContainsKey("cn-mainland-holidays"));
        Assert.Empty(calendars);
        Assert.Equal(1, reads);
    }

    [Fact]
    public void IndexedCatalogue_ReadsCalendarsOnlyWhenAsked()
    {
        var reads = 0;
        var calendars = new LazyCalendars(() =>
        {
            reads++;
            return new Dictionary<string, Accountability.Rules.Calendars.WorkingDayCalendar>().ToFrozenDictionary();
        });

        var catalog = RuleSetCatalog.Index(
            [new CatalogSource("a.yaml", () => "ruleset: { id: a, version: 1.0.0, inForce: { from: 2024-01-01 } }")],
            calendars,
            (_, _) => throw new InvalidOperationException("not loaded in this test"));

        Assert.Equal("a", Assert.Single(catalog.Ids));
        Assert.Equal(0, reads);
        Assert.Empty(catalog.Calendars);
        Assert.Equal(1, reads);
    }

    private static string Resource(string name)
    {
        using var stream = typeof(BundledRuleSets).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
