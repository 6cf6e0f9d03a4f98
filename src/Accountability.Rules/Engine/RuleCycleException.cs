using System.Collections.Immutable;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>
/// Thrown when rules keep firing past the session's limit, which means they feed each other in a
/// cycle. Names the rules that fired most in the last firings.
/// </summary>
public sealed class RuleCycleException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="limit">The firing limit that was reached.</param>
    /// <param name="ruleIds">The rules involved, most frequent first.</param>
    public RuleCycleException(int limit, ImmutableArray<string> ruleIds)
        : base($"Rules kept firing past the limit; they form a cycle. Limit={limit} Rules={string.Join(", ", ruleIds)}")
    {
        Limit = limit;
        RuleIds = ruleIds;
    }

    /// <summary>The firing limit that was reached.</summary>
    public int Limit { get; }

    /// <summary>The rules involved, most frequent first.</summary>
    public ImmutableArray<string> RuleIds { get; }

    /// <summary>
    /// The problem as diagnostics (ACR0901, a mistake in the ruleset, not a bug): one per rule of
    /// the cycle, at that rule's source in <paramref name="definition"/> (no location for a rule
    /// without one).
    /// </summary>
    /// <param name="definition">The ruleset whose session threw.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public ImmutableArray<Diagnostic> Diagnostics(RuleSetDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var rules = string.Join(", ", RuleIds);
        return [.. RuleIds.Select(id => EvaluationDiagnostics.RuleCycle.At(definition.Rules.FirstOrDefault(r => r.Id == id)?.Source, id, Limit, rules))];
    }
}
