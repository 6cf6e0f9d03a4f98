using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Suites;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.Suites;

/// <summary>
/// How an expectation matches the JSON result (docs/test-suites.md): keys partially, lists by
/// distinct items in any order, <c>[]</c> as empty, <c>{ exactly: [...] }</c> as the whole list,
/// numbers by value, <c>null</c> as absent; and the suite's own load errors.
/// </summary>
public sealed class TestSuiteMatchTest
{
    private const string Input = """
        ruleset: yibin-2020
        cases:
          - name: one
            case:
              decidedOn: 2024-06-28
              enterprise: { id: E1, level: subsidiary }
              losses: [ { id: L1, amount: 2500000, kind: direct }, { id: L2, amount: 500000.50, kind: indirect } ]
              persons: [ { id: P1, role: manager, conduct: [decisive-role] } ]
            expect:
        """;

    private static TestCaseOutcome Run(string expect)
    {
        var loaded = TestSuite.Load(Input + "\n" + expect, "suite.yaml", RuleSetCatalog.Bundled);
        Assert.True(loaded.Succeeded, loaded.ToString());
        return Assert.Single(loaded.Value!.Run(TestEngine.Of));
    }

    [Theory]
    [InlineData("      lossSeverity: { totalLoss: 3000000.5 }")]
    [InlineData("      lossSeverity: { totalLoss: \"3000000.50\", tierRank: 2.0 }")]
    [InlineData("      lossSeverity: { assets: null, assetRatio: ~ }")]
    [InlineData("      lossSeverity: { countedLosses: [ { loss: L2 }, { loss: L1 } ] }")]
    [InlineData("      lossSeverity: { countedLosses: { exactly: [ { loss: L2 }, { loss: L1 } ] }, excludedLosses: [] }")]
    [InlineData("      persons: [ { id: P1, measures: [降职, 诫勉], toleranceDenied: [] } ]")]
    [InlineData("      scopeFlags: []\n      exitCode: 0\n      fired: [lossTiers/larger/amount]\n      notFired: [lossTiers/major/amount]")]
    public void Expectation_TheResultMeets_Passes(string expect)
    {
        var outcome = Run(expect);

        Assert.True(outcome.Passed, string.Join("\n", outcome.Mismatches));
    }

    [Theory]
    [InlineData("      lossSeverity: { totalLoss: 3000000 }", "lossSeverity.totalLoss", "3000000", "3000000.5")]
    [InlineData("      lossSeverity: { countedLosses: { exactly: [ { loss: L1 } ] } }", "lossSeverity.countedLosses", "[{ loss: L1 }]", "2 item(s): ")]
    [InlineData("      lossSeverity: { countedLosses: [ { loss: L1 }, { loss: L1 } ] }", "lossSeverity.countedLosses[]", "{ loss: L1 }", "no such item among 2: [{\"loss\":\"L1\"")]
    [InlineData("      lossSeverity: { criteriaMet: [] }", "lossSeverity.criteriaMet", "[]", "1 item(s): ")]
    [InlineData("      lossSeverity: { assets: 0 }", "lossSeverity.assets", "0", "null")]
    [InlineData("      persons: [ { id: P2 } ]", "persons[]", "{ id: P2 }", "no such item among 1: [{\"id\":\"P1\"")]
    [InlineData("      persons: [ { id: P1, measures: [免职] } ]", "persons[0].measures[]", "免职", "no such item among 5: [\"通报批评\"")]
    [InlineData("      exitCode: 1", "exitCode", "1", "0 (status evaluated)")]
    public void Expectation_TheResultDoesNotMeet_IsOneMismatchWithExpectedAndActual(string expect, string path, string expected, string actual)
    {
        var outcome = Run(expect);

        var mismatch = Assert.Single(outcome.Mismatches);
        Assert.Equal(path, mismatch.Path);
        Assert.Equal(expected, mismatch.Expected);
        Assert.StartsWith(actual, mismatch.Actual, StringComparison.Ordinal);
        Assert.Equal("suite.yaml", mismatch.Location.File);
    }

    [Fact]
    public void Mismatch_OfASanctionRange_ShowsTheSanctionRowsFiring()
    {
        var outcome = Run("      persons: [ { id: P1, performanceSalaryDeduction: { minPercent: 30 } } ]");

        var mismatch = Assert.Single(outcome.Mismatches);
        Assert.Equal("persons[0].performanceSalaryDeduction.minPercent", mismatch.Path);
        Assert.Equal("50", mismatch.Actual);
        var reason = Assert.Single(mismatch.Reasons);
        Assert.StartsWith("#", reason, StringComparison.Ordinal);
        Assert.Contains(" sanctionMatrix/larger/direct [yibin-2020 Art. 28(2)]: matched ", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_CountsTheRulesFiredAndListsTheOthers()
    {
        var outcome = Run("      exitCode: 0");

        var coverage = Assert.Single(RuleSetCoverage.Of([outcome]));

        Assert.Equal("yibin-2020", coverage.RuleSet.Id);
        Assert.Equal(1, coverage.Cases);
        Assert.Equal(coverage.Rules, coverage.Fired + coverage.NotFired.Length);
        Assert.Equal(outcome.RulesFired.Count, coverage.Fired);
        Assert.Contains(coverage.NotFired, r => r.Id == "lossTiers/major/amount");
        Assert.DoesNotContain(coverage.NotFired, r => r.Id == "lossTiers/larger/amount");
    }

    [Fact]
    public void Suite_UnderAnOverlayChain_EvaluatesUnderTheOutermostFileAndCoversItsInheritedRules()
    {
        using var folder = new TemporaryFolder();
        var chain = RepositoryRoot.Combine("examples/overlay-chain").Replace('\\', '/');
        var path = folder.Write("overlay.yaml", $$"""
            ruleset:
              id: yibin-subsidiary-example
              files: [{{chain}}/yibin-group-example.ruleset.yaml, {{chain}}/yibin-subsidiary-example.ruleset.yaml]
            cases:
              - name: the chain's example
                file: {{chain}}/subsidiary-loss.yaml
                expect:
                  ruleset: { id: yibin-subsidiary-example, parents: [ { id: yibin-group-example }, { id: yibin-2020 } ] }
                  lossSeverity: { tier: larger }
            """);

        var loaded = TestSuite.Load(path, RuleSetCatalog.Bundled);
        Assert.True(loaded.Succeeded, loaded.ToString());
        var outcome = Assert.Single(loaded.Value!.Run(TestEngine.Of));

        Assert.True(outcome.Passed, string.Join("\n", outcome.Mismatches));
        var coverage = Assert.Single(RuleSetCoverage.Of([outcome]));
        Assert.Equal("yibin-subsidiary-example", coverage.RuleSet.Id);
        Assert.Contains(coverage.RuleSet.Rules, r => r.Id == "art37-group");
    }

    [Fact]
    public void Load_AnOverlayIdWithoutItsFiles_IsAnErrorAtTheId()
    {
        var loaded = TestSuite.Load("ruleset: yibin-subsidiary-example\ncases: []\n", "suite.yaml", RuleSetCatalog.Bundled);

        Assert.Equal(["suite.yaml:1:10 ACR1001", "suite.yaml:2:8 ACR0218"], loaded.Diagnostics.Select(d => $"{d.Location} {d.Id}"));
    }

    [Fact]
    public void Load_DuplicateNamesAndContradictoryRules_AreErrorsAtTheirPositions()
    {
        var text = """
            ruleset: yibin-2020
            cases:
              - name: same
                case: { decidedOn: 2024-06-28 }
                expect: { fired: [art18-loss-total], notFired: [art18-loss-total] }
              - name: same
                case: { decidedOn: 2024-06-28 }
                file: x.yaml
                expect: { exitCode: 0 }
            """;

        var loaded = TestSuite.Load(text, "suite.yaml", RuleSetCatalog.Bundled);

        Assert.False(loaded.Succeeded);
        Assert.Equal(
            ["suite.yaml:5:23 ACR1008", "suite.yaml:6:5 ACR1002", "suite.yaml:6:11 ACR1003"],
            loaded.Diagnostics.Select(d => $"{d.Location} {d.Id}"));
    }
}
