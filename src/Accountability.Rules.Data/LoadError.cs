using Accountability.Rules.Model;

namespace Accountability.Rules.Data;

/// <summary>
/// A mistake in a ruleset or case file, for the analyst who wrote it: where it is, what is wrong
/// and how to fix it. Immutable.
/// </summary>
/// <param name="Location">The file, line and column (1-based) of the offending text.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">How to fix it.</param>
public sealed record LoadError(SourceLocation Location, string Message, string Hint)
{
    /// <summary>Text such as <c>rulesets/x.yaml:12:5: error: unknown key 'tierz' (hint: did you mean 'tiers'?)</c>.</summary>
    public override string ToString() => $"{Location}: error: {Message} (hint: {Hint})";
}
