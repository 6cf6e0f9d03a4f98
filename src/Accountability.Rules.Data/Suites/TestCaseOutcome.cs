using System.Collections.Immutable;
using Accountability.Rules.Evaluation;

namespace Accountability.Rules.Data.Suites;

/// <summary>What running one test case gave: the result, and every expectation it does not meet.</summary>
public sealed class TestCaseOutcome
{
    internal TestCaseOutcome(TestSuiteCase testCase, string engine, CaseResult result, ImmutableArray<TestMismatch> mismatches)
    {
        Case = testCase;
        Engine = engine;
        Result = result;
        Mismatches = mismatches;
    }

    /// <summary>The case run.</summary>
    public TestSuiteCase Case { get; }

    /// <summary>The engine that ran it (<c>compiled</c> or <c>nrules</c>).</summary>
    public string Engine { get; }

    /// <summary>The result, with its explanation.</summary>
    public CaseResult Result { get; }

    /// <summary>The exit code <c>accountability evaluate</c> gives for the result (<see cref="CaseStatuses.ExitCode"/>).</summary>
    public int ExitCode => Result.Status.ExitCode();

    /// <summary>Every expectation the result does not meet, in the order of the suite; empty when the case passes.</summary>
    public ImmutableArray<TestMismatch> Mismatches { get; }

    /// <summary>Whether the result meets every expectation.</summary>
    public bool Passed => Mismatches.IsEmpty;

    /// <summary>The ids of the rules that fired in the case (a firing later withdrawn included), for coverage.</summary>
    public ImmutableHashSet<string> RulesFired => [.. Result.Explanation.Select(e => e.RuleId)];
}
