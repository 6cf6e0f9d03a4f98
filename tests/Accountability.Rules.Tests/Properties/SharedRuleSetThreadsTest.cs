using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Json;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Properties;

/// <summary>A compiled ruleset shared by many threads gives each case the result it gives on one thread, on the suite's engine.</summary>
public sealed class SharedRuleSetThreadsTest
{
    [Fact]
    public void Evaluate_EightThreadsSharingTheRuleSet_SameResultsAsOneThread()
    {
        var cases = Directory.EnumerateFiles(RepositoryRoot.Combine("examples/yibin-2020"))
            .Select(path => CaseLoader.LoadAndResolve(path, RuleSetCatalog.Bundled).Value!)
            .ToList();
        var expected = cases.Select(Render).ToList();

        var actual = new string[8][];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            var results = new List<string>();
            for (var round = 0; round < 10; round++)
            {
                results.AddRange(cases.Select(Render));
            }

            actual[thread] = [.. results];
        });

        Assert.All(actual, results => Assert.Equal(Enumerable.Repeat(expected, 10).SelectMany(x => x), results));
    }

    private static string Render(ResolvedCase resolved) =>
        CaseResultJson.ToJson(CaseEvaluator.Evaluate(TestEngine.Of(resolved.RuleSet), resolved.Case.Facts, resolved.DecidedOn));
}
