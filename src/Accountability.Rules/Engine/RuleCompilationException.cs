using System.Collections.Immutable;

namespace Accountability.Rules.Engine;

/// <summary>Thrown when a ruleset cannot be compiled; carries every problem found, not the first only.</summary>
public sealed class RuleCompilationException : Exception
{
    /// <summary>Creates the exception for a list of problems.</summary>
    public RuleCompilationException(string rulesetId, ImmutableArray<RuleProblem> problems)
        : base($"Ruleset cannot be compiled. Ruleset={rulesetId} Problems={problems.Length}{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
    {
        RulesetId = rulesetId;
        Problems = problems;
    }

    /// <summary>The ruleset's id.</summary>
    public string RulesetId { get; }

    /// <summary>Every problem found.</summary>
    public ImmutableArray<RuleProblem> Problems { get; }
}
