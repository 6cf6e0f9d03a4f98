namespace Accountability.Rules.Facts.Definitions;

/// <summary>
/// Fact types of the reporting duties of central state-owned enterprises to the SASAC (中央企业
/// 责任追究工作报告机制): what must be reported, to whom, and when.
/// </summary>
internal static class CentralFacts
{
    public static void Define(FactCatalogBuilder builder)
    {
        builder.Add(
            "reportingDuty",
            FactOrigin.Derived,
            "A report the enterprise owes the supervising body.",
            ("duty", ValueKind.Text, false, "What is reported: one-matter-report (一事一报告), yearly-summary (年度责任追究工作情况), organisation-report (责任追究工作职能部门或机构) or rules-filing (责任追究制度备案)."),
            ("recipient", ValueKind.Text, false, "To whom, as the text names it, e.g. 国资委."),
            ("timing", ValueKind.Text, false, "When, in the text's words and the ruleset's reading, e.g. 第一时间 (at once; no period in days is set)."),
            ("dueBy", ValueKind.Date, true, "The date the text sets, as it writes it; absent when it sets none."),
            ("lastDay", ValueKind.Date, true, "The last day to report, inclusive: the date the text sets, or the next working day when that is a rest day (convention rest-day-deadlines); absent when the text sets no date."),
            ("reason", ValueKind.Text, false, "What gives rise to the duty."));
        // A step: the duty the case concerns carries the dates (a deadline that has passed concerns no case).
        builder.AddStep(
            "reportDeadline",
            "A date the text sets for a report, with the last day to report after the rest-day convention; a step toward the reportingDuty that carries it.",
            ("duty", ValueKind.Text, false, "The report, as reportingDuty names it."),
            ("dueBy", ValueKind.Date, false, "The date as the text writes it."),
            ("lastDay", ValueKind.Date, true, "The last day to report, inclusive (always present; optional only because a computed date may in general not exist)."));
    }
}
