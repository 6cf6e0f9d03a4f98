using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>A problem the compiler found in a rule: an unknown fact type or field, a type mismatch, an unbound alias.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Source">Where the rule is written, when known.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">How to fix it.</param>
public sealed record RuleProblem(string RuleId, SourceLocation? Source, string Message, string Hint)
{
    /// <summary>Text such as <c>file:3:5: rule 'x': message (hint: ...)</c>.</summary>
    public override string ToString() => $"{(Source is null ? string.Empty : Source + ": ")}rule '{RuleId}': {Message} (hint: {Hint})";
}
