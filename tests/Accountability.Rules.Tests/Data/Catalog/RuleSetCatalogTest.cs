using System.Collections.Concurrent;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Engine;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.Catalog;

public sealed class RuleSetCatalogTest
{
    private static readonly string Other = SmallRuleSet.With("id: small-2024", "id: small-2025");

    [Fact]
    public void Bundled_HoldsTheEmbeddedRulesetsButNotTheCalendars()
    {
        var catalog = RuleSetCatalog.Bundled;

        Assert.Contains("yibin-2020", catalog.RuleSets.Select(r => r.Id));
        Assert.True(catalog.TryGetDefinition("yibin-2020", out var definition));
        Assert.Equal("yibin-2020", definition.Id);
        Assert.False(catalog.TryGet("no-such-ruleset", out _));
    }

    [Fact]
    public void TryGet_ConcurrentRequests_CompileOnce()
    {
        var catalog = RuleSetCatalog.Create([LoadAssert.Loaded(Accountability.Rules.Data.RuleSets.RuleSetLoader.Load(SmallRuleSet.Text, SmallRuleSet.FileName))]);
        var compiled = new ConcurrentBag<CompiledRuleSet>();

        Parallel.For(0, 16, _ =>
        {
            Assert.True(catalog.TryGet("small-2024", out var ruleSet));
            compiled.Add(ruleSet);
        });

        Assert.Single(compiled.Distinct());
    }

    [Fact]
    public void LoadFolder_RulesetsInSubfolders_LoadsAllAndSkipsCalendars()
    {
        using var folder = new TemporaryFolder();
        folder.Write("small.yaml", SmallRuleSet.Text);
        folder.Write("enterprise/other.yaml", Other);
        folder.Write("calendars/holidays.yaml", "years:\n  2024:\n    source: 国办发明电〔2023〕7号\n    holidays:\n      - { name: 元旦, off: [[2024-01-01, 2024-01-01]] }\n");
        folder.Write("notes.txt", "not a ruleset");

        var catalog = LoadAssert.Loaded(RuleSetCatalog.LoadFolder(folder.Path));

        Assert.Equal(["small-2024", "small-2025"], catalog.RuleSets.Select(r => r.Id));
    }

    [Fact]
    public void LoadFolder_ErrorsInSeveralFiles_ReportsThemAll()
    {
        using var folder = new TemporaryFolder();
        var first = folder.Write("a.yaml", SmallRuleSet.With("currency: CNY", "currencey: CNY"));
        var second = folder.Write("b.yaml", Other.Replace("from: 2024-01-01", "from: 2024-01-32", StringComparison.Ordinal));

        var result = RuleSetCatalog.LoadFolder(folder.Path);

        Assert.Equal([first, first, second], result.Errors.Select(e => e.Location!.File));
        LoadAssert.HasError(result, "ACR0201", TextPosition.Of(SmallRuleSet.Text, "currency: CNY"));
        LoadAssert.HasError(result, "ACR0209", TextPosition.Of(SmallRuleSet.Text, "2024-01-01"));
    }

    [Fact]
    public void LoadFolder_TwoFilesWithOneId_IsAnError()
    {
        using var folder = new TemporaryFolder();
        var first = folder.Write("a.yaml", SmallRuleSet.Text);
        var second = folder.Write("b.yaml", SmallRuleSet.Text);

        var result = RuleSetCatalog.LoadFolder(folder.Path);

        var error = LoadAssert.SingleError(result, "ACR0414", TextPosition.Of(SmallRuleSet.Text, "{ from: 2024-01-01 }"));
        Assert.Equal(second, error.Location!.File);
    }

    [Fact]
    public void LoadFolder_MissingOrEmptyFolder_IsAnError()
    {
        using var folder = new TemporaryFolder();

        LoadAssert.SingleError(RuleSetCatalog.LoadFolder(folder.Path), "ACR0114", (1, 1));
        LoadAssert.SingleError(RuleSetCatalog.LoadFolder(Path.Combine(folder.Path, "missing")), "ACR0101", (1, 1));
    }
}
