using Accountability.Rules.Model;

namespace Accountability.Rules.Diagnostics;

/// <summary>
/// A problem found in a ruleset, a case, a calendar or a command line, for the person who wrote it:
/// a stable id (<c>ACR0201</c>; <c>docs/diagnostics.md</c> lists every id), how serious it is,
/// where it is, what is wrong and how to fix it. Loading, compiling and the command report every
/// problem as one of these. Immutable; compares by value.
/// </summary>
/// <param name="Id">The stable id of the kind of problem, <c>ACR</c> and four digits; never reused for another kind.</param>
/// <param name="Severity">Whether the input can still be used.</param>
/// <param name="Location">The file, line and column (1-based) of the offending text; <c>null</c> when the problem has no place in a file (a command-line argument, a rule built in C#, a year a calendar lacks).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">How to fix it.</param>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, SourceLocation? Location, string Message, string Hint)
{
    /// <summary>
    /// Text such as <c>rulesets/x.yaml:12:5: error ACR0201: unknown key 'tierz' in 'lossTiers' (hint: did you mean 'tiers'?)</c>;
    /// without a location it starts at the severity.
    /// </summary>
    public override string ToString() =>
        $"{(Location is null ? string.Empty : Location + ": ")}{(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Id}: {Message} (hint: {Hint})";
}
