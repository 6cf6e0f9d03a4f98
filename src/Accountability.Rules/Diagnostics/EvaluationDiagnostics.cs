namespace Accountability.Rules.Diagnostics;

/// <summary>
/// Problems found while a case is evaluated (ACR09xx, the first ten): rules that keep firing, a
/// year the working-day calendar lacks. Ids are never reused; see <c>docs/diagnostics.md</c>.
/// </summary>
internal static class EvaluationDiagnostics
{
    public static readonly DiagnosticKind RuleCycle = new(
        "ACR0901",
        DiagnosticSeverity.Error,
        "rule '{rule}' kept firing past the limit of {limit} firings; the rules {rules} form a cycle",
        "make the rule's 'when' stop matching what its 'then' asserts, e.g. assert a fact type the rule does not read; if the case is only very large, raise the limit with --max-firings");

    public static readonly DiagnosticKind CalendarYearMissing = new(
        "ACR0902",
        DiagnosticSeverity.Error,
        "the working-day calendar '{calendar}' has no data for {year}; it covers {first}-{last}",
        "add the year's State Council holiday notice to the calendar");
}
