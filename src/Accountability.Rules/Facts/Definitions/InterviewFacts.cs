using static Accountability.Rules.Facts.Definitions.FieldShorthand;

namespace Accountability.Rules.Facts.Definitions;

/// <summary>
/// Fact types of responsibility interviews (责任约谈) by a supervising body (国资委): the matters
/// found at an enterprise, the interviews held and the rectification that followed (input), and
/// what the interview rules conclude from them: whether an interview may be held and on which
/// trigger (约谈情形), its form (个别约谈/集体约谈), who approves and issues the notice
/// (责任约谈通知书), who hosts, how the enterprise confirms, when the work plan (工作方案) is due,
/// and what the rectification (整改落实情况) means for accountability.
/// </summary>
internal static class InterviewFacts
{
    public static void Define(FactCatalogBuilder builder)
    {
        builder.AddCaseSection("interviewMatter", CaseSectionInput.List("matters"), "A problem the supervising body found at an enterprise (企业存在的问题), the ground for a responsibility interview.",
            F("id", Txt, Req, "An identifier unique within the case."),
            F("enterprise", Txt, Req, "The enterprise where the problem was found (name or id); a collective interview covers matters at several enterprises."),
            F("group", Txt, Opt, "The city-owned enterprise (市属国有企业, its group) the enterprise belongs to, when the enterprise is a subsidiary (权属企业、所属子企业); absent means the enterprise is itself city-owned. Matters of a group and of its subsidiaries count as one enterprise."),
            F("trigger", Txt, Req, "The circumstance of the rules' list of triggers (约谈情形) the problem falls under.").Codes("triggers"),
            F("description", Txt, Opt, "The problem in words: the reason for the interview (约谈事由) the notice and minutes state."),
            F("especiallyMajor", Bool, Opt, "Whether the matter is especially major (特别重大的约谈事项); absent means not stated, read as not."),
            F("circumstance", Txt, Opt, "A kind of matter the rules leave to other provisions (a safety-production accident, an environmental-pollution event …).").Codes("circumstances"),
            F("interview", Txt, Opt, "The id of the interview that takes the matter up, when one is held."));
        builder.AddCaseSection("interview", CaseSectionInput.List("interviews"), "A responsibility interview held or planned (责任约谈).",
            F("id", Txt, Req, "An identifier unique within the case."),
            F("heldOn", Date, Req, "The day of the interview."),
            F("time", Txt, Opt, "The time of day, HH:mm (24-hour)."),
            F("place", Txt, Opt, "The room at the supervising body (约谈地点)."),
            F("organiser", Txt, Opt, "The division that organises it (约谈单位), e.g. 考核分配与监督稽查科."),
            F("host", Txt, Opt, "The person who hosts it, name and post (约谈主持人及职务)."),
            F("interviewees", Txt, Opt, "Who is summoned, as the notice lists them (被约谈对象), e.g. 主要负责人、分管负责人."),
            F("materialsDue", Date, Opt, "The day by which the enterprise submits its written statement (说明材料)."),
            F("noticeNumber", Txt, Opt, "The notice's number as registered, e.g. 威国资监管约谈函〔2024〕3号."),
            F("contact", Txt, Opt, "The contact person and division (联系人)."),
            F("phone", Txt, Opt, "The contact telephone number (联系电话)."),
            F("copiedTo", Txt, Opt, "Who the notice is copied to (抄送)."),
            F("recorder", Txt, Opt, "Who keeps the record (记录人)."),
            F("participants", Txt, Opt, "The supervising body's participants, names and posts (约谈单位及人员)."),
            F("jointParticipants", Txt, Opt, "Other bodies taking part, names and posts (共同约谈单位及人员)."),
            F("attendees", Txt, Opt, "The enterprise's people who attended, names and posts (被约谈企业及人员)."));
        builder.AddCaseSection("rectification", CaseSectionInput.List("rectifications"), "How an interviewed enterprise carried out the rectification the interview required (整改落实情况).",
            F("interview", Txt, Req, "The interview id."),
            F("enterprise", Txt, Opt, "The enterprise, when the interview covered several: one whose matter the interview took up, or that enterprise's group."),
            F("outcome", Txt, Req, "refused (拒绝整改), delayed (拖延整改), ineffective (整改不力), falsified (弄虚作假) or completed (落实完成).").Codes("rectificationOutcomes"),
            F("note", Txt, Opt, "Free text."));

        builder.Add("interviewEligibility", Out, "A responsibility interview may be held on a matter (可以开展责任约谈), and on which trigger.",
            ("matter", Txt, Req, "The matter id."),
            ("enterprise", Txt, Req, "The enterprise."),
            ("trigger", Txt, Req, "The trigger code."));
        builder.Add("interviewForm", Out, "The form of an interview (责任约谈形式).",
            ("interview", Txt, Req, "The interview id."),
            ("form", Txt, Req, "individual (个别约谈) or collective (集体约谈)."),
            ("terms", Txt, Req, "The text's word for the form."));
        builder.Add("noticeApproval", Out, "Who drafts, approves and issues the interview notice (责任约谈通知书), and who numbers it.",
            ("interview", Txt, Req, "The interview id."),
            ("draftedBy", Txt, Req, "Who starts the work and drafts the notice."),
            ("approvedBy", Txt, Req, "Who approves it (审签)."),
            ("issuedAs", Txt, Req, "In whose name it is issued (以…名义印发)."),
            ("registeredBy", Txt, Req, "Who numbers and registers it (统一编号)."),
            ("copiedTo", Txt, Req, "Who it may be copied to (抄送), as the text lists them."));
        builder.Add("interviewHost", Out, "Who hosts the interview (主持).",
            ("interview", Txt, Req, "The interview id."),
            ("host", Txt, Req, "Who hosts it as a rule."),
            ("mayInstead", Txt, Opt, "Who may be asked to host it instead, and when."));
        builder.Add("confirmationDue", Out, "How the enterprise confirms the notice (确认).",
            ("interview", Txt, Req, "The interview id."),
            ("means", Txt, Req, "receipt (确认回执) or written-or-phone (书面或电话)."),
            ("terms", Txt, Req, "The text's words."));
        builder.Add("workPlanDeadline", Out, "The last day the enterprise may submit its work plan (工作方案) after the interview.",
            ("interview", Txt, Req, "The interview id."),
            ("heldOn", Date, Req, "The day of the interview (not counted)."),
            ("workingDays", Num, Req, "The number of working days the text gives."),
            ("lastDay", Date, Req, "The last day, inclusive: the last working day of the period."));
        builder.Add("rectificationReference", Out, "The rectification outcome as a reference for handling responsibility (作出从重、加重或从轻、减轻责任处理意见建议的重要参考).",
            ("interview", Txt, Req, "The interview id."),
            ("outcome", Txt, Req, "The outcome code."),
            ("enterprise", Txt, Opt, "The enterprise whose rectification it is, when the rectification names one."),
            ("direction", Txt, Req, "aggravating (toward 从重、加重) or mitigating (toward 从轻、减轻)."),
            ("terms", Txt, Req, "The text's words."));
        builder.Add("accountabilityTriggered", Out, "The rectification failed in a way the rules answer with accountability (严肃追究责任).",
            ("interview", Txt, Req, "The interview id."),
            ("outcome", Txt, Req, "The outcome code."),
            ("enterprise", Txt, Opt, "The enterprise whose rectification it is, when the rectification names one."),
            ("referral", Txt, Req, "What follows where discipline or official misconduct is suspected (移送纪检监察机构)."));
        builder.Add("rectificationReporting", Out, "What the interviewed enterprise reports on its rectification (整改工作进展情况, 专项工作报告), in the text's words.",
            ("interview", Txt, Req, "The interview id."),
            ("progress", Txt, Req, "The duty to report the rectification's progress as it goes."),
            ("specialReport", Txt, Req, "The special report due once the rectification the interview required is complete."),
            ("review", Txt, Opt, "Where else the rectification is reviewed, when the text says (e.g. the party committee's 民主生活会)."));
        builder.Add("appraisalReference", Out, "The interview is a reference for the enterprise heads' appraisal (业绩考核、综合考核评价的重要参考).",
            ("interview", Txt, Req, "The interview id."),
            ("terms", Txt, Req, "The text's words."));
    }
}
