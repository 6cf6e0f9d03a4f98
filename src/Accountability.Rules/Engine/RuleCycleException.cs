using System.Collections.Immutable;

namespace Accountability.Rules.Engine;

/// <summary>
/// Thrown when rules keep firing past the session's limit, which means they feed each other in a
/// cycle. Names the rules that fired most in the last firings.
/// </summary>
public sealed class RuleCycleException : Exception
{
    /// <summary>Creates the exception.</summary>
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
}
