using static Accountability.Rules.Facts.Definitions.FieldShorthand;

namespace Accountability.Rules.Facts.Definitions;

/// <summary>
/// Fact types of supervision duties (监督追责工作职责): a ledger of problem clues (问题线索台账) and the
/// yearly figures of an enterprise and its subsidiaries (Jining), fiscal-year disclosure and
/// one-report-per-matter duties (Baotou), and what rules conclude from them (typical-case
/// minimums, report due dates, 三零 subsidiaries, escalation triggers, clue-closure violations,
/// disclosure deadlines).
/// </summary>
internal static class DutyFacts
{
    public static void Define(FactCatalogBuilder builder)
    {
        DefineClueLedger(builder);
        DefineDisclosure(builder);
    }

    private static void DefineClueLedger(FactCatalogBuilder builder)
    {
        builder.AddCaseSection("clue", CaseSectionInput.List("clues"), "A problem clue (违规问题线索) in the enterprise's ledger (问题线索管理台账).",
            F("id", Txt, Req, "The clue's number in the ledger, unique within the case."),
            F("receivedOn", Date, Req, "The date the clue was received (受理) or entered in the ledger."),
            F("source", Txt, Opt, "Where the clue came from, e.g. sasac-transferred (市国资委移交).").Codes("clueSources"),
            F("subsidiary", Txt, Opt, "The subsidiary (权属企业) the clue concerns; absent when it concerns the enterprise itself."),
            F("kind", Txt, Opt, "The kind of violation, in the case's own words."),
            F("directlyInvestigated", Bool, Req, "Whether the enterprise itself investigated (直接核查) the clue."),
            F("investigatedOn", Date, Opt, "The date that direct investigation concluded; its year is the year the clue counts in."),
            F("rectificationComplete", Bool, Req, "Whether the rectification (整改) of the problem is complete (整改到位)."),
            F("closed", Bool, Req, "Whether the clue is marked closed (办结销号) in the ledger."),
            F("closedOn", Date, Opt, "The date it was marked closed."),
            F("description", Txt, Opt, "What the clue is about."));
        builder.AddCaseSection("companyYear", CaseSectionInput.List("companyYears"), "The enterprise's own figures and reports for one year (年度).",
            F("year", Num, Req, "The year, e.g. 2023."),
            F("reports", Num, Req, "Clues and matters reported (报告) in the year."),
            F("investigations", Num, Req, "Violations investigated and dealt with (查处) in the year."),
            F("accountabilities", Num, Req, "Accountability decisions (追责) in the year."),
            F("annualReportSubmittedOn", Date, Opt, "The date the annual accountability report (年度责任追究工作定期报告) for the year was submitted; absent when not yet."),
            F("typicalCasesReported", Num, Opt, "The typical cases (典型案例) reported with that annual report; absent when not yet."));
        builder.AddCaseSection("subsidiaryYear", CaseSectionInput.List("subsidiaryYears"), "A subsidiary's (权属企业) figures for one year.",
            F("subsidiary", Txt, Req, "The subsidiary's id or name."),
            F("year", Num, Req, "The year."),
            F("reports", Num, Req, "Clues and matters it reported (报告) in the year."),
            F("investigations", Num, Req, "Violations it investigated and dealt with (查处) in the year."),
            F("accountabilities", Num, Req, "Accountability decisions (追责) in the year."),
            F("problemsReflected", Bool, Req, "Whether problems concerning it were reflected (有问题反映) in the year, e.g. complaints or findings."));
        builder.AddCaseSection("escalationGround", CaseSectionInput.List("escalationGrounds"), "A ground for escalating a clue (提级查办) that the case establishes.",
            F("clue", Txt, Req, "The clue's id."),
            F("ground", Txt, Req, "The ground, e.g. investigation-without-accountability (久查不追).").Codes("escalationGrounds"),
            F("note", Txt, Opt, "Free text: what establishes the ground."));
        builder.AddCaseSection("disciplinedPerson", CaseSectionInput.List("disciplinedPersons"), "A person a discipline and supervision organ (纪检监察机构) sanctioned for a violation.",
            F("id", Txt, Req, "An identifier of the person, unique within the section."),
            F("name", Txt, Opt, "The person's name."),
            F("sanction", Txt, Req, "The party or government sanction (党纪政务处分) as written, e.g. 党内警告."),
            F("accountabilityPursued", Bool, Req, "Whether the person has been held accountable for the irregular business operation or investment (违规经营投资责任) as well."),
            F("status", Txt, Opt, "serving, transferred, resigned or retired; absent when serving.").Codes("personStatuses"));
        builder.AddCaseSection("responsiblePerson", CaseSectionInput.List("responsiblePersons"), "A person responsible (责任人员) for a violation the enterprise holds to account, whether or not a discipline organ sanctioned them.",
            F("id", Txt, Req, "An identifier of the person, unique within the section."),
            F("name", Txt, Opt, "The person's name."),
            F("accountabilityPursued", Bool, Req, "Whether the accountability (责任追究) for the violation has been carried out against the person (追究到位)."),
            F("status", Txt, Opt, "serving, transferred, resigned or retired; absent when serving.").Codes("personStatuses"));

        builder.Add("typicalCaseQuota", Out, "The least number of typical cases (典型案例) due for a year, and when.",
            ("year", Num, Req, "The year the clues were investigated."),
            ("directlyInvestigatedClues", Num, Req, "Clues the enterprise directly investigated in the year."),
            ("minimum", Num, Req, "The least number of typical cases: 30% of those clues, rounded up."),
            ("dueOn", Date, Opt, "The due date of the annual report they go with, as the text writes it (always present; optional only because a computed date may in general not exist)."),
            ("lastDay", Date, Opt, "The last day to submit, inclusive, after a rest-day shift where the ruleset applies one (always present)."));
        builder.Add("typicalCaseShortfall", Out, "Fewer typical cases were reported for a year than the minimum.",
            ("year", Num, Req, "The year."),
            ("minimum", Num, Req, "The minimum."),
            ("reported", Num, Req, "The number reported."));
        builder.Add("annualReportDue", Out, "When the annual accountability report for a year is due.",
            ("year", Num, Req, "The year reported on."),
            ("dueOn", Date, Opt, "The due date as the text writes it (always present; optional only because a computed date may in general not exist)."),
            ("lastDay", Date, Opt, "The last day to submit, inclusive, after a rest-day shift where the ruleset applies one (always present)."));
        builder.Add("lateAnnualReport", Out, "An annual report submitted after its last day.",
            ("year", Num, Req, "The year reported on."),
            ("lastDay", Date, Req, "The last day to submit."),
            ("submittedOn", Date, Req, "The date it was submitted."));
        builder.Add("overdueAnnualReport", Out, "An annual report not submitted although its last day had passed on the case date.",
            ("year", Num, Req, "The year reported on."),
            ("lastDay", Date, Req, "The last day to submit."),
            ("asOf", Date, Req, "The case date on which it was still not submitted."));
        builder.Add("threeZero", Out, "An enterprise or subsidiary with zero reports, zero investigations and zero accountability (零报告、零查处、零追责) in a year.",
            ("entity", Txt, Req, "The subsidiary's id, or enterprise for the enterprise itself."),
            ("level", Txt, Req, "enterprise or subsidiary."),
            ("year", Num, Req, "The year."),
            ("problemsReflected", Bool, Opt, "For a subsidiary: whether problems concerning it were reflected."),
            ("duty", Txt, Req, "What the text requires because of it."));
        builder.Add("escalationTrigger", Out, "A clue or subsidiary whose violations may be escalated (提级查办).",
            ("subject", Txt, Req, "The clue's id, or the subsidiary's id."),
            ("ground", Txt, Req, "The ground code, or three-zero for a 三零 subsidiary."),
            ("escalatedBy", Txt, Req, "Who may escalate: sasac (市国资委) or enterprise."),
            ("terms", Txt, Req, "The text's words, e.g. 必要时提级查办."));
        builder.Add("fullProcessSupervision", Out, "A clue the SASAC supervises throughout (全过程督办).",
            ("clue", Txt, Req, "The clue's id."),
            ("ground", Txt, Req, "higher-level-concern or regulator-found."));
        builder.Add("clueClosureViolation", Out, "A clue marked closed (销号) although its rectification is not complete.",
            ("clue", Txt, Req, "The clue's id."),
            ("closedOn", Date, Opt, "When it was marked closed, when stated."));
        builder.Add("rectificationFollowUp", Out, "A clue whose rectification is not complete and is to be followed up (持续跟踪督促).",
            ("clue", Txt, Req, "The clue's id."));
        builder.Add("pursuitDuty", Out, "A person who is still to be held accountable for the violation.",
            ("person", Txt, Req, "The person's id."),
            ("reason", Txt, Req, "Why, in the text's terms."));
    }

    private static void DefineDisclosure(FactCatalogBuilder builder)
    {
        builder.AddCaseSection("fiscalYear", CaseSectionInput.List("fiscalYears"), "A fiscal year (会计年度) whose information the enterprise discloses.",
            F("year", Num, Req, "The year, e.g. 2024."));
        builder.AddCaseSection("disclosure", CaseSectionInput.List("disclosures"), "Information the enterprise disclosed (公开) for a fiscal year.",
            F("fiscalYear", Num, Req, "The fiscal year it concerns."),
            F("kind", Txt, Req, "budget (年度财务预算信息), annual (年度公开信息) or mid-year (中期公开信息).").Codes("disclosureKinds"),
            F("publishedOn", Date, Req, "The date it was published."),
            F("confidentialityReviewed", Bool, Opt, "Whether it had a confidentiality review (保密审查) before publication; absent when not stated."));
        builder.AddCaseSection("majorMatter", CaseSectionInput.List("majorMatters"), "A matter the external board of supervisors must report (重大事项、重要情况、重大风险、违法违纪违规行为).",
            F("id", Txt, Req, "An identifier unique within the case."),
            F("kind", Txt, Req, "The kind of matter, e.g. major-risk (重大风险).").Codes("majorMatterKinds"),
            F("enterprise", Txt, Opt, "The enterprise it concerns."),
            F("report", Txt, Opt, "The id of the report it was reported in; absent when not yet reported."),
            F("description", Txt, Opt, "What the matter is."));

        builder.Add("disclosureDeadline", Out, "When information of a kind for a fiscal year must be disclosed.",
            ("fiscalYear", Num, Req, "The fiscal year."),
            ("kind", Txt, Req, "budget, annual or mid-year."),
            ("periodEnd", Date, Opt, "The last day of the period the text sets, inclusive (always present; optional only because a computed date may in general not exist)."),
            ("lastDay", Date, Opt, "The last day to publish, inclusive, after a rest-day shift where the ruleset applies one (always present)."));
        builder.Add("lateDisclosure", Out, "Information published after its last day.",
            ("fiscalYear", Num, Req, "The fiscal year."),
            ("kind", Txt, Req, "The kind of information."),
            ("lastDay", Date, Req, "The last day to publish."),
            ("publishedOn", Date, Req, "The date it was published."));
        builder.Add("overdueDisclosure", Out, "Information not published although its last day has passed on the case date.",
            ("fiscalYear", Num, Req, "The fiscal year."),
            ("kind", Txt, Req, "The kind of information."),
            ("lastDay", Date, Req, "The last day to publish."),
            ("asOf", Date, Req, "The case date it is judged on."));
        builder.Add("disclosureWithoutReview", Out, "Information published without a confidentiality review (保密审查).",
            ("fiscalYear", Num, Req, "The fiscal year."),
            ("kind", Txt, Req, "The kind of information."));
        builder.Add("matterReportDuty", Out, "A matter to be reported on its own (一事一报告).",
            ("matter", Txt, Req, "The matter's id."),
            ("kind", Txt, Req, "The kind of matter."),
            ("reported", Bool, Req, "Whether a report is stated for it."));
        builder.Add("combinedMatterReport", Out, "A report that covers more than one matter, against one report per matter.",
            ("report", Txt, Req, "The report's id."),
            ("matter", Txt, Req, "One matter it covers."),
            ("otherMatter", Txt, Req, "Another matter it covers."));
    }
}
