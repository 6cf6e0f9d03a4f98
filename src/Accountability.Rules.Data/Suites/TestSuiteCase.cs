using System.Text.Json;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Json;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Suites;

/// <summary>
/// One case of a test suite, loaded and resolved: its name, the case with the compiled ruleset it
/// is evaluated under, and what it expects. Immutable and thread-safe; run it any number of times.
/// </summary>
public sealed class TestSuiteCase
{
    internal TestSuiteCase(string name, SourceLocation location, ResolvedCase resolved, Expectation expectation)
    {
        Name = name;
        Location = location;
        Resolved = resolved;
        Expectation = expectation;
    }

    /// <summary>The case's name, as the suite gives it.</summary>
    public string Name { get; }

    /// <summary>Where the case starts in its suite.</summary>
    public SourceLocation Location { get; }

    /// <summary>The case and the compiled ruleset (of the suite's ruleset id, the version in force on its decision date) it is evaluated under.</summary>
    public ResolvedCase Resolved { get; }

    internal Expectation Expectation { get; }

    /// <summary>Evaluates the case (with its explanation) and matches the result against the expectations.</summary>
    /// <param name="engine">The engine to run the ruleset on, e.g. <c>NRulesEngine.For</c>; by default the compiled ruleset itself.</param>
    /// <returns>The result and every expectation it does not meet.</returns>
    public TestCaseOutcome Run(Func<CompiledRuleSet, IRuleSessionFactory>? engine = null)
    {
        var sessions = engine is null ? Resolved.RuleSet : engine(Resolved.RuleSet);
        var result = CaseEvaluator.Evaluate(sessions, Resolved.Case.Facts, Resolved.DecidedOn, new EvaluationOptions { Explain = true });
        using var json = JsonDocument.Parse(CaseResultJson.ToJson(result));
        var mismatches = ExpectationMatcher.Match(Expectation, result, json.RootElement);
        return new TestCaseOutcome(this, sessions.Engine, result, mismatches);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Name}";
}
