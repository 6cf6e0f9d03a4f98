using System.Collections.Immutable;
using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Engine;

/// <summary>Thrown when a ruleset cannot be compiled; carries every problem found, not the first only.</summary>
public sealed class RuleCompilationException : Exception
{
    /// <summary>Creates the exception for a list of problems.</summary>
    /// <param name="rulesetId">The ruleset's id.</param>
    /// <param name="diagnostics">Every problem found.</param>
    public RuleCompilationException(string rulesetId, ImmutableArray<Diagnostic> diagnostics)
        : base($"Ruleset cannot be compiled. Ruleset={rulesetId} Problems={diagnostics.Length}{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics)}")
    {
        RulesetId = rulesetId;
        Diagnostics = diagnostics;
    }

    /// <summary>The ruleset's id.</summary>
    public string RulesetId { get; }

    /// <summary>Every problem found (ACR07xx), each at its rule.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
