using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Cli;

/// <summary>
/// <c>accountability test</c> end to end: a passing suite (exit 0), a failing one (exit 1, expected
/// and actual side by side with the firings behind the actual value), a suite that does not load
/// (exit 2, each problem with its id and position) and the coverage listing.
/// </summary>
public sealed class TestCommandTest
{
    private static readonly string LargerLoss = RepositoryRoot.Combine("examples/yibin-2020/larger-loss.yaml").Replace('\\', '/');

    private static string Suite(string expect, string input = "") => $"""
        ruleset: yibin-2020
        cases:
          - name: the larger-loss example
            file: {LargerLoss}
            expect:
        {expect}
        {input}
        """;

    [Fact]
    public void Test_PassingSuite_ExitsZeroAndSaysSo()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("yibin.yaml", Suite("""
                  exitCode: 0
                  lossSeverity: { tier: larger, totalLoss: 3218400.00, criteriaMet: { exactly: [ { tier: larger, criterion: amount } ] } }
                  persons: [ { id: P3, responsibility: direct, promotionRestrictions: [ { kind: no-promotion, lastDay: 2024-12-28 } ] } ]
                  fired: [lossTiers/larger/amount]
                  notFired: [lossTiers/major/amount]
            """));

        var outcome = CliRun.Run("test", path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains($"ok   {path}: 1 case(s) passed", outcome.Out, StringComparison.Ordinal);
        Assert.Contains($"1 suite(s), 1 case(s): 1 passed, 0 failed (engine {TestEngine.Name})", outcome.Out, StringComparison.Ordinal);
        Assert.Empty(outcome.Error);
    }

    [Fact]
    public void Test_FailingSuite_ExitsOneWithExpectedAndActualAndTheRulesBehind()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("yibin.yaml", Suite("""
                  lossSeverity: { tier: major }
                  persons: [ { id: P1, measures: { exactly: [通报批评] } } ]
                  fired: [lossTiers/major/amount]
                  notFired: [lossTiers/larger/amount]
            """));

        var outcome = CliRun.Run("test", path);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        var lines = outcome.Out.Split('\n');
        Assert.Contains($"FAIL {path}: 1 of 1 case(s) failed", lines);
        Assert.Contains($"  FAIL {path}:3:5: the larger-loss example", lines);
        var tier = Array.IndexOf(lines, "    lossSeverity.tier  (expected at line 6, column 29)");
        Assert.True(tier >= 0, outcome.Out);
        Assert.Equal("      expected: major", lines[tier + 1]);
        Assert.Equal("      actual:   larger", lines[tier + 2]);
        Assert.StartsWith("      because: #", lines[tier + 3], StringComparison.Ordinal);
        Assert.Contains("lossTiers/combine [yibin-2020 Art. 19] (policy: highest-tier-any-criterion): matched tierCriterion(tier=larger", lines[tier + 3], StringComparison.Ordinal);
        Assert.Contains("      expected: [通报批评]", lines);
        Assert.Contains(lines, l => l.StartsWith("      actual:   4 item(s): [\"通报批评\",\"诫勉\",\"停职\",\"调离工作岗位\"]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("      because: #", StringComparison.Ordinal) && l.Contains("sanctionMatrix/larger/leadership [yibin-2020 Art. 28(2)]", StringComparison.Ordinal));
        Assert.Contains("      expected: lossTiers/major/amount fires", lines);
        Assert.Contains("      expected: lossTiers/larger/amount does not fire", lines);
        Assert.Contains($"1 suite(s), 1 case(s): 0 passed, 1 failed (engine {TestEngine.Name})", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_BadSuite_ExitsTwoWithEachProblemAtItsPosition()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("bad.yaml", """
            ruleset: yibin-202
            cases:
              - name: no input
                expect: { status: evaluated }
            """);
        var expectations = folder.Write("expect.yaml", Suite("""
                  lossSeverity: { tierr: larger }
                  status: evaluted
                  persons: larger
                  fired: [lossTiers/major/amont]
                  exitCode: 2
            """));

        var outcome = CliRun.Run("test", path, expectations);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Empty(outcome.Out);
        Assert.Equal(
            [
                $"{path}:1:10: error ACR1001: unknown ruleset 'yibin-202' in the suite's 'ruleset:'",
                $"{path}:3:5: error ACR1002: the test case 'no input' has neither 'case:' nor 'file:'",
                $"{expectations}:6:23: error ACR1004: unknown key 'tierr' in 'lossSeverity' of the result",
                $"{expectations}:7:15: error ACR1006: 'evaluted' is never a value of 'status'",
                $"{expectations}:8:16: error ACR1005: 'persons' of the result is a list, but the expectation is 'larger'",
                $"{expectations}:9:15: error ACR1007: 'lossTiers/major/amont' is not a rule of ruleset yibin-2020 1.0.0",
                $"{expectations}:10:17: error ACR1009: exit code 2 is not one a case that loads can have",
            ],
            outcome.ErrorLines.Select(l => l[..l.IndexOf(" (hint: ", StringComparison.Ordinal)]));
        Assert.Contains("(hint: did you mean 'tier'?", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("(hint: did you mean 'lossTiers/major/amount'?", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_InlineCaseWithoutRuleset_IsReadUnderTheSuitesRulesetAndCodesAreChecked()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("inline.yaml", """
            ruleset: yibin-2020
            cases:
              - name: ten million is major (以上 includes the number, Art. 19 ¶3)
                case:
                  decidedOn: 2024-06-28
                  losses: [ { id: L1, amount: 10000000, kind: direct } ]
                  persons: [ { id: P1, role: manager, conduct: [decisive-rol] } ]
                expect: { lossSeverity: { tier: major } }
            """);

        var bad = CliRun.Run("test", path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("decisive-rol]", "decisive-role]", StringComparison.Ordinal));
        var good = CliRun.Run("test", path);

        Assert.True(bad.ExitCode == 2, bad.ToString());
        Assert.StartsWith($"{path}:7:53: error ACR0603: unknown conduct code 'decisive-rol'", bad.Error, StringComparison.Ordinal);
        Assert.True(good.ExitCode == 0, good.ToString());
    }

    [Fact]
    public void Test_Coverage_ListsTheRulesAndRowsNoCaseFired()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("yibin.yaml", Suite("      exitCode: 0"));

        var outcome = CliRun.Run("test", path, "--coverage");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var lines = outcome.Out.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("coverage yibin-2020 1.0.0: ", StringComparison.Ordinal) && l.EndsWith(" case(s) (", StringComparison.Ordinal) is false && l.Contains(" rules fired by 1 case(s) (", StringComparison.Ordinal) && l.EndsWith("; not fired:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  lossTiers/major/amount  [yibin-2020 Art. 19(3)]  (", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("  lossTiers/larger/amount ", StringComparison.Ordinal));
    }

    [Fact]
    public void Test_NoSuchPath_IsBadInput()
    {
        var outcome = CliRun.Run("test", "no/such/suites");

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("no/such/suites:1:1: error ACR0964: no such test suite file or folder", outcome.Error, StringComparison.Ordinal);
    }
}
