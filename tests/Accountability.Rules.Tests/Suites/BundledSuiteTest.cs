using System.Collections.Concurrent;
using Accountability.Rules.Data;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Suites;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Suites;

/// <summary>
/// Every test suite under rulesets/tests (docs/test-suites.md), one test per case, on the suite's
/// engine (this project: compiled; Accountability.Rules.Tests.NRules: NRules), so that dotnet test
/// and CI run the same files as <c>accountability test</c>.
/// </summary>
public sealed class BundledSuiteTest
{
    private const string Folder = "rulesets/tests";

    private static readonly ConcurrentDictionary<string, LoadResult<TestSuite>> Loaded = new(StringComparer.Ordinal);

    /// <summary>One row per case: the suite's path relative to rulesets/tests, and the case's name (the test's display).</summary>
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in SuitePaths())
        {
            foreach (var testCase in Load(path).Value?.Cases ?? [])
            {
                data.Add(path, testCase.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_MeetsItsExpectations(string suite, string name)
    {
        var testCase = Assert.Single(Load(suite).Value!.Cases, c => c.Name == name);

        var outcome = testCase.Run(TestEngine.Of);

        Assert.Equal(TestEngine.Name, outcome.Engine);
        Assert.True(outcome.Passed, string.Join("\n", outcome.Mismatches.Select(m => $"{m.Location} {m.Path}: expected {m.Expected}, actual {m.Actual}\n  {string.Join("\n  ", m.Reasons)}")));
    }

    [Fact]
    public void EverySuite_LoadsWithoutDiagnostics()
    {
        var paths = SuitePaths();

        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.Empty(Load(path).Diagnostics));
    }

    [Fact]
    public void EveryBundledRuleSetWithASuite_HasOneFolderNamedByItsId()
    {
        var folders = Directory.GetDirectories(RepositoryRoot.Combine(Folder)).Select(Path.GetFileName);

        Assert.All(folders, id => Assert.Contains(id, RuleSetCatalog.Bundled.Ids));
        Assert.All(SuitePaths(), path => Assert.Equal(path.Split('/')[0], Load(path).Value!.RuleSetId));
    }

    [Fact]
    public void TheBundledSuites_FireEveryRuleAndTableRowOfEveryBundledRuleSet()
    {
        var outcomes = SuitePaths().SelectMany(path => Load(path).Value!.Run(TestEngine.Of)).ToList();

        var coverage = RuleSetCoverage.Of(outcomes);

        Assert.Equal(RuleSetCatalog.Bundled.RuleSets.Select(r => $"{r.Id} {r.Version}").Order(StringComparer.Ordinal), coverage.Select(c => $"{c.RuleSet.Id} {c.RuleSet.Version}").Order(StringComparer.Ordinal));
        Assert.All(coverage, c => Assert.True(c.NotFired.IsEmpty, $"{c.RuleSet.Id}: no case fires {string.Join(", ", c.NotFired.Select(r => r.Id))}"));
    }

    private static string[] SuitePaths() =>
        [.. TestSuite.Discover(RepositoryRoot.Combine(Folder)).Select(p => Path.GetRelativePath(RepositoryRoot.Combine(Folder), p).Replace('\\', '/'))];

    private static LoadResult<TestSuite> Load(string relative) =>
        Loaded.GetOrAdd(relative, r => TestSuite.Load(RepositoryRoot.Combine($"{Folder}/{r}"), RuleSetCatalog.Bundled));
}
