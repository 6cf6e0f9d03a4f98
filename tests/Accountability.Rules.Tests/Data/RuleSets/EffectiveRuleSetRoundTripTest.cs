using System.Text.Json.Nodes;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Suites;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Json;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.RuleSets;

/// <summary>
/// What <c>accountability show</c> writes loads again: for every bundled ruleset (and the example
/// overlays), the effective ruleset file loads on its own without a diagnostic, and every case of
/// the bundled suites (which hold the examples) gives the same JSON result under it as under the
/// ruleset it was written from, explanation included, on this project's engine; only the
/// identity of the source differs (its content hash and parents).
/// </summary>
public sealed class EffectiveRuleSetRoundTripTest
{
    public static TheoryData<string> BundledRuleSets() => [.. RuleSetCatalog.Bundled.Ids];

    [Theory]
    [MemberData(nameof(BundledRuleSets))]
    public void ShowOutput_LoadsAgain_AndGivesTheSameResults(string id)
    {
        var cases = TestSuite.Discover(RepositoryRoot.Combine("rulesets/tests"))
            .Select(path => LoadAssert.Loaded(TestSuite.Load(path, RuleSetCatalog.Bundled)))
            .Where(suite => suite.RuleSetId == id)
            .SelectMany(suite => suite.Cases)
            .ToList();

        Assert.NotEmpty(cases);
        AssertSameResults(RuleSetCatalog.Bundled, cases);
    }

    [Fact]
    public void ShowOutput_OfAnOverlayChain_LoadsAgain_AndGivesTheSameResults()
    {
        var chain = LoadAssert.Loaded(RuleSetCatalog.Bundled.WithFiles(
            RepositoryRoot.Combine("examples/overlay-chain/yibin-group-example.ruleset.yaml"),
            RepositoryRoot.Combine("examples/overlay-chain/yibin-subsidiary-example.ruleset.yaml")));
        var suite = LoadAssert.Loaded(TestSuite.Load(
            """
            ruleset: yibin-subsidiary-example
            cases:
              - name: the chain's example
                file: examples/overlay-chain/subsidiary-loss.yaml
                expect: { exitCode: 0 }
            """,
            RepositoryRoot.Combine("suite.yaml"),
            chain));

        AssertSameResults(chain, suite.Cases);
    }

    private static void AssertSameResults(RuleSetCatalog catalog, IReadOnlyCollection<TestSuiteCase> cases)
    {
        foreach (var group in cases.GroupBy(c => c.Resolved.RuleSet.Definition))
        {
            var source = group.Key;
            var yaml = catalog.EffectiveYaml(source);
            var reloaded = RuleSetCatalog.Bundled.WithTexts(new RuleSetText($"{source.Id}.effective.yaml", yaml));
            Assert.True(reloaded.Succeeded && reloaded.Diagnostics.IsEmpty, $"{source.Id} {source.Version}: {string.Join("\n", reloaded.Diagnostics)}");
            Assert.True(reloaded.Value!.TryGet(source.Id, source.Version, out var effective));
            Assert.Empty(effective.Definition.Parents);
            Assert.Equal(source.Rules.Select(r => r.Id), effective.Definition.Rules.Select(r => r.Id));
            Assert.Equal(Body(yaml), Body(reloaded.Value.EffectiveYaml(effective.Definition)));
            foreach (var testCase in group)
            {
                var original = testCase.Run(TestEngine.Of);
                var again = testCase.Run(_ => TestEngine.Of(effective));

                Assert.True(original.Passed, testCase.Name);
                Assert.Equal(Comparable(original.Result), Comparable(again.Result));
            }
        }
    }

    /// <summary>The file without its comments of provenance: showing the shown file again gives the same.</summary>
    private static string Body(string yaml) => string.Join("\n", yaml.Split('\n').Where(line => !line.TrimStart().StartsWith('#')));

    /// <summary>The result's JSON without what names the source itself: its content hash and parents.</summary>
    private static string Comparable(CaseResult result)
    {
        var json = JsonNode.Parse(CaseResultJson.ToJson(result))!.AsObject();
        var ruleset = json["ruleset"]!.AsObject();
        ruleset.Remove("contentHash");
        ruleset.Remove("parents");
        return json.ToJsonString();
    }
}
