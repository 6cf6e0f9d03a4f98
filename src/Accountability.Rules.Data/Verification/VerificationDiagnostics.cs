using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Data.Verification;

/// <summary>
/// The findings of <c>accountability validate</c> beyond loading (ACR11xx), declared once: a
/// ruleset that loads may still leave a loss without a tier, a tier and responsibility without a
/// sanction, or cite an article its source text does not have. ACR110x tier tables; ACR111x the
/// sanction matrix and restriction periods; ACR112x citations; ACR113x codes; ACR114x acknowledgements. An id is never reused for another
/// kind; <c>docs/diagnostics.md</c> is generated from this list.
/// </summary>
internal static class VerificationDiagnostics
{
    // ACR110x: tier tables.
    public static readonly DiagnosticKind TierGap = Error("ACR1101", "no row of lossTiers gives a tier to {criterion} {range}{slice}", "extend the neighbouring rows so that every value from 0 (to 100%) has a tier; under conventions.boundaries one row's 以下 and the next row's 以上 meet without a gap");

    public static readonly DiagnosticKind TierOverlap = Error("ACR1102", "rows {first} and {second} of lossTiers both give a tier to {criterion} {range}{slice}", "make the rows meet without overlapping: one row's bound inclusive, the other's exclusive (以上 and 以下 as conventions.boundaries reads them)");

    public static readonly DiagnosticKind TierNotMonotone = Error("ACR1103", "row {row} gives tier '{tier}' to a larger {criterion} than row {other} gives '{higher}', a higher tier{slice}", "order the rows so that a larger loss or ratio never gives a lower tier; check the tier of each row");

    public static readonly DiagnosticKind TierUnreachable = Error("ACR1104", "no row of lossTiers gives tier '{tier}'{slice}", "add a row for '{tier}', or remove the tier from 'tiers:' if the text does not know it");

    // ACR111x: the sanction matrix and restriction periods.
    public static readonly DiagnosticKind SanctionCellMissing = Error("ACR1111", "no sanction row or rule covers a {tier} loss and {responsibility} responsibility{slice}", "add a sanctionMatrix row for tier '{tier}' and responsibility '{responsibility}', with 'nonePrescribed: true' where the text prescribes nothing, or a rule that reads lossTier {tier} and personResponsibility and says what applies");

    public static readonly DiagnosticKind SanctionRangeInvalid = Error("ACR1112", "rule '{rule}' prescribes {what} from {min}% to {max}%, which is not a range within 0–100%", "correct the row's bounds: each between 0 and 100, the minimum not above the maximum");

    public static readonly DiagnosticKind PeriodNotPositive = Error("ACR1113", "rule '{rule}' restricts for the period {period}, which is not positive", "write the period the text gives, e.g. P6M or P1Y");

    // ACR112x: citations.
    public static readonly DiagnosticKind CitationNotFound = Error("ACR1121", "'{article}' is not in the text of {document}: {reason}", "check the citation against {source}");

    public static readonly DiagnosticKind CitationNotUnderstood = Error("ACR1122", "'{article}' is not a citation of {document} as its text is numbered ({style})", "write {forms}");

    public static readonly DiagnosticKind SourceNotFound = Warning("ACR1123", "the source text of document {document}, {source}, is not found; its citations are not checked", "keep the text under docs/sources/ of the folder the ruleset is in or above it, or run validate from that folder");

    public static readonly DiagnosticKind SourceSectionNotFound = Error("ACR1124", "the source text {file} has no section '{anchor}'", "write the heading of the section after '#' as the text has it, e.g. #篇三");

    // ACR113x: codes.
    public static readonly DiagnosticKind UnknownCode = Error("ACR1131", "rule '{rule}' names {type}.{field} '{code}', which {lists} does not define", "define the code in the list, or correct the rule; an overlay that replaces a code list must keep the codes the rules it inherits name");

    public static readonly DiagnosticKind UnusedCode = Warning("ACR1132", "code '{code}' of codes.{list} is used by no rule: no rule names it and no rule reads a case field that takes it", "remove the code, add the rule that reads it, or mark it 'catalogueOnly: true' when it is listed for cases and readers on purpose");

    // ACR114x: acknowledgements.
    public static readonly DiagnosticKind AcknowledgementStale = Warning("ACR1141", "the acknowledgement of {finding} at '{at}' was made for content {hash}; the element now has {current}, so the finding is reported again", "review the finding against the changed element; if it still holds, write 'hash: {current}' in the acknowledgement, else fix the element and remove the acknowledgement");

    public static readonly DiagnosticKind AcknowledgementUnmatched = Warning("ACR1142", "the acknowledgement of {finding} at '{at}' matches no finding", "remove it: the element was fixed or renamed (validate prints the element and hash of each finding in its hint)");

    private static DiagnosticKind Error(string id, string message, string hint) => new(id, DiagnosticSeverity.Error, message, hint);

    private static DiagnosticKind Warning(string id, string message, string hint) => new(id, DiagnosticSeverity.Warning, message, hint);
}
