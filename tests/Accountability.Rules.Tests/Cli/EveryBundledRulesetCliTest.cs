using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Cli;

/// <summary>
/// The analyst's commands on every bundled ruleset, end to end through the command with their exit codes:
/// <c>validate</c>, <c>test</c> of its suites, <c>explain</c> (with <c>--articles</c>) of each of its examples,
/// <c>show</c> and <c>diff</c>. A ruleset added to the package is covered without touching this test.
/// </summary>
public sealed class EveryBundledRulesetCliTest
{
    /// <summary>The id of every bundled ruleset.</summary>
    public static TheoryData<string> RuleSetIds() => [.. RuleSetCatalog.Bundled.Ids];

    /// <summary>Every example case of a bundled ruleset (its folder under examples/, named by the ruleset's id), with the exit code it documents.</summary>
    public static TheoryData<string, string, int> Examples()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var id in RuleSetCatalog.Bundled.Ids)
        {
            foreach (var file in Directory.GetFiles(RepositoryRoot.Combine($"examples/{id}"), "*.*").Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                data.Add(id, name, name.StartsWith("out-of-scope", StringComparison.Ordinal) || name.StartsWith("not-in-force", StringComparison.Ordinal) ? 1 : 0);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleSetIds))]
    public void Validate_TheRulesetFile_ExitZero(string id)
    {
        var outcome = CliRun.Run("validate", RepositoryRoot.Combine($"rulesets/{id}.yaml"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
    }

    [Theory]
    [MemberData(nameof(RuleSetIds))]
    public void Test_ItsSuitesWithCoverage_PassAndLeaveNothingUnfired(string id)
    {
        var outcome = CliRun.Run("test", RepositoryRoot.Combine($"rulesets/tests/{id}"), "--coverage");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.DoesNotContain("not fired:", outcome.Out, StringComparison.Ordinal);
        Assert.Contains(id, outcome.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Explain_EachExample_ReasonsWithArticlesTextAndTheDocumentedExitCode(string id, string example, int exitCode)
    {
        var outcome = CliRun.Run("explain", RepositoryRoot.Combine($"examples/{id}/{example}"), "--articles");

        Assert.True(outcome.ExitCode == exitCode, outcome.ToString());
        Assert.Contains("\nReasons: ", outcome.Out, StringComparison.Ordinal);
        if (exitCode == 0)
        {
            Assert.Contains(" <- ", outcome.Out, StringComparison.Ordinal);
            var articles = outcome.Out[outcome.Out.IndexOf("\nArticles: ", StringComparison.Ordinal)..];
            Assert.Contains("\n  [", articles, StringComparison.Ordinal);
            Assert.DoesNotContain("not available", articles, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RuleSetIds))]
    public void ShowAndDiff_ItselfTheSameAndAgainstAnotherDifferent(string id)
    {
        var show = CliRun.Run("show", id);
        var same = CliRun.Run("diff", id, id);
        var other = CliRun.Run("diff", id, id == "national-2016" ? "yibin-2020" : "national-2016");

        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains(id, show.Out, StringComparison.Ordinal);
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.EndsWith(": no differences\n", same.Out, StringComparison.Ordinal);
        Assert.True(other.ExitCode == 1, other.ToString());
    }
}
