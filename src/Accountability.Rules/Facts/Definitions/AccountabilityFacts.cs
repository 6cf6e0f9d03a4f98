using static Accountability.Rules.Facts.Definitions.FieldShorthand;

namespace Accountability.Rules.Facts.Definitions;

/// <summary>
/// Fact types of violation accountability (违规经营投资责任追究): the case (enterprise, losses, persons,
/// conduct, factors, decisions) and what rules conclude (tiers, responsibilities, sanctions,
/// restrictions, authority).
/// </summary>
internal static class AccountabilityFacts
{
    /// <summary>The derived type an assert becomes when its working days fall in a year the calendar lacks (see <see cref="Engine.CompiledAction"/>).</summary>
    public const string CalendarGapType = "calendarGap";

    public static void Define(FactCatalogBuilder builder)
    {
        builder.Add("case", In, "The case being decided.",
            ("decidedOn", Date, Req, "The date responsibility is determined (责任认定) or the decision is made."),
            ("ruleset", Txt, Opt, "The ruleset id the case names."));
        builder.AddCaseSection("enterprise", CaseSectionInput.One("enterprise"), "The enterprise that incurred the loss.",
            F("id", Txt, Opt, "An identifier of the enterprise."),
            F("name", Txt, Opt, "The enterprise's name."),
            F("level", Txt, Opt, "group (a first-level enterprise the supervising body holds directly, e.g. 市属国有企业) or subsidiary (所属子企业); absent when not stated.").OneOf("enterprise level", "group", "subsidiary"),
            F("priorYearEndTotalAssets", Num, Opt, "Total assets at the end of the year before the year responsibility is determined (上年末资产); absent when unknown."));
        builder.AddCaseSection("loss", CaseSectionInput.List("losses"), "One component of the asset loss of the matter.",
            F("id", Txt, Req, "An identifier unique within the case."),
            F("amount", Num, Req, "The amount in the ruleset's currency."),
            F("kind", Txt, Req, "direct (直接损失), indirect (间接损失) or contingent (或有损失).").OneOf("loss kind", "direct", "indirect", "contingent"),
            F("assessedByIntermediary", Bool, Req, "Whether an intermediary (中介机构) has assessed it; matters for contingent losses; false when not stated.").DefaultsTo(Value.Of(false)),
            F("description", Txt, Opt, "What the loss is."));
        builder.AddCaseSection("person", CaseSectionInput.List("persons"), "A person whose responsibility is considered.",
            F("id", Txt, Req, "An identifier unique within the case."),
            F("name", Txt, Opt, "The person's name."),
            F("role", Txt, Req, "A role code from the ruleset, e.g. principal-head (主要负责人).").Codes("role", "roles"),
            F("responsibility", Txt, Opt, "The responsibility as determined by the investigation, when given.").Codes("responsibility", FieldInput.Responsibilities),
            F("status", Txt, Req, "serving, transferred, resigned or retired; serving when not stated.").Codes("person status", "personStatuses").DefaultsTo(Value.Of("serving")));
        builder.AddCaseSection("conduct", CaseSectionInput.Nested("person", "conduct", parentField: "person", shorthand: "code"), "Something a person did or failed to do, as a code from the ruleset.",
            F("person", Txt, Req, "The person's id."),
            F("code", Txt, Req, "A violation or conduct code from the ruleset.").Codes("conduct code", "violations", "conduct"));
        builder.AddCaseSection("factor", CaseSectionInput.List("factors"), "An aggravating or mitigating circumstance, or a ground that excludes tolerance.",
            F("code", Txt, Req, "A factor code from the ruleset.").Codes("factor", "factors"),
            F("person", Txt, Opt, "The person it concerns; absent when it concerns everyone in the case."));
        builder.AddCaseSection("decision", CaseSectionInput.List("decisions"), "An organisational measure decided for a person, for promotion restrictions.",
            F("person", Txt, Req, "The person's id."),
            F("measure", Txt, Req, "The measure as written in the text, e.g. 诫勉.").Codes("measure", "measures"),
            F("on", Date, Req, "The decision date."));
        builder.AddCaseSection("disciplineSanction", CaseSectionInput.List("disciplineSanctions"), "A discipline sanction (纪律处分) the same person received, with its period of effect as decided by the discipline organ.",
            F("person", Txt, Req, "The person's id."),
            F("sanction", Txt, Req, "The sanction as written, e.g. 党内警告."),
            F("on", Date, Req, "The date of the sanction."),
            F("influencePeriod", Per, Req, "The period in which the person may not be promoted, as the discipline rules set it."));
        builder.AddCaseSection("concurrentDeduction", CaseSectionInput.List("concurrentDeductions"), "A salary deduction for the same event from another procedure (party discipline or government sanction).",
            F("person", Txt, Req, "The person's id."),
            F("source", Txt, Req, "party-discipline or government-sanction.").OneOf("deduction source", "party-discipline", "government-sanction"),
            F("pay", Txt, Req, "The pay it deducts: performance-salary (绩效年薪) or term-incentive (任期激励收入); performance-salary when not stated.").OneOf("deducted pay", "performance-salary", "term-incentive").DefaultsTo(Value.Of("performance-salary")),
            F("percent", Num, Req, "The deduction as a percentage of that pay.").AsPercent());
        builder.AddCaseSection("circumstance", CaseSectionInput.List("circumstances", shorthand: "code"), "A fact about the matter as a whole, as a code from the ruleset.",
            F("code", Txt, Req, "A circumstance code, e.g. severe-consequences.").Codes("circumstance", "circumstances"),
            F("note", Txt, Opt, "Free text."));

        builder.Add("countedLoss", Out, "A loss component counted in the asset loss.",
            ("loss", Txt, Req, "The loss id."),
            ("amount", Num, Req, "The amount counted."),
            ("kind", Txt, Req, "The loss kind."));
        builder.Add("excludedLoss", Out, "A loss component not counted, and why.",
            ("loss", Txt, Req, "The loss id."),
            ("amount", Num, Req, "The amount not counted."),
            ("reason", Txt, Req, "Why it is not counted."));
        builder.Add("lossTotal", Out, "The asset loss of the matter and its share of total assets.",
            ("amount", Num, Req, "The sum of counted losses."),
            ("assets", Num, Opt, "The prior-year-end total assets, when known."),
            ("assetRatioPercent", Num, Opt, "amount / assets x 100, when the assets are known and not zero."));
        builder.Add("tierCriterion", Out, "A criterion of a tier that the loss meets.",
            ("tier", Txt, Req, "The tier code."),
            ("rank", Num, Req, "The tier's rank, 1 for the lowest."),
            ("criterion", Txt, Req, "amount or assetRatio."));
        builder.Add("lossTier", Out, "The loss-severity tier of the matter.",
            ("tier", Txt, Req, "The tier code."),
            ("rank", Num, Req, "The tier's rank."));
        builder.Add("responsibilityBasis", Out, "A ground for a person's responsibility type.",
            ("person", Txt, Req, "The person's id."),
            ("responsibility", Txt, Req, "The responsibility code."),
            ("rank", Num, Req, "The responsibility's precedence rank."),
            ("basis", Txt, Req, "given (by the investigation) or derived (from role and conduct)."));
        builder.Add("personResponsibility", Out, "The responsibility type a person bears.",
            ("person", Txt, Req, "The person's id."),
            ("responsibility", Txt, Req, "The responsibility code."),
            ("basis", Txt, Req, "given or derived."));
        builder.Add("sanction", Out, "The sanction range prescribed for a person by tier and responsibility.",
            ("person", Txt, Req, "The person's id."),
            ("tier", Txt, Req, "The tier code."),
            ("responsibility", Txt, Req, "The responsibility code."),
            ("measures", ValueKind.TextList, Req, "The measures the row lists, as written."),
            ("salaryMinPercent", Num, Opt, "Lowest deduction of the performance salary of the determination year."),
            ("salaryMaxPercent", Num, Opt, "Highest deduction of that salary."),
            ("salaryMaxExclusive", Bool, Req, "Whether the highest deduction is itself excluded (以下 read as exclusive)."),
            ("termIncentiveMinPercent", Num, Opt, "Lowest deduction of the term incentive of the three years up to and including the determination year."),
            ("termIncentiveMaxPercent", Num, Opt, "Highest deduction of that term incentive."),
            ("salaryDeferred", Bool, Req, "Whether performance salary payment is deferred."),
            ("longTermIncentives", Txt, Opt, "What happens to medium- and long-term incentives, as written."),
            ("nonePrescribed", Bool, Req, "Whether the text prescribes no measure for this tier and responsibility."));
        builder.Add("factorFinding", Out, "A factor that applies to a person.",
            ("person", Txt, Req, "The person's id."),
            ("factor", Txt, Req, "The factor code."),
            ("direction", Txt, Req, "aggravating or mitigating."),
            ("terms", Txt, Req, "The text's words for the effect, e.g. 从重或加重."));
        builder.Add("toleranceDenied", Out, "A ground that excludes tolerance (容错) for a person.",
            ("person", Txt, Req, "The person's id."),
            ("ground", Txt, Req, "The factor code of the ground."));
        builder.Add("adjustment", Out, "How factors move a person's sanction.",
            ("person", Txt, Req, "The person's id."),
            ("direction", Txt, Req, "aggravate, mitigate, weigh (both kinds apply) or none."),
            ("terms", Txt, Req, "The text's words, e.g. 从重或加重."),
            ("effect", Txt, Req, "What that means for the range, under the ruleset's adjustment policy."));
        builder.Add("restriction", Out, "A restriction that follows from a measure or a discipline sanction.",
            ("person", Txt, Req, "The person's id."),
            ("kind", Txt, Req, "no-promotion, no-important-post, no-post or no-higher-post."),
            ("measure", Txt, Req, "The measure or sanction it follows from."),
            ("on", Date, Req, "The decision date."),
            ("lastDay", Date, Req, "The last restricted day, inclusive."),
            ("source", Txt, Req, "accountability or discipline."));
        builder.Add("promotionRestriction", Out, "A restriction in effect for a person after the longer-period rule.",
            ("person", Txt, Req, "The person's id."),
            ("kind", Txt, Req, "no-promotion, no-important-post, no-post or no-higher-post."),
            ("measure", Txt, Req, "The measure or sanction it follows from."),
            ("lastDay", Date, Req, "The last restricted day, inclusive."),
            ("source", Txt, Req, "accountability or discipline."));
        builder.Add("authority", Out, "Who investigates and handles the matter.",
            F("authority", Txt, Req, "The handling body, a code of the ruleset's authorities list, e.g. sasac, group, subsidiary or enterprise.").Codes("authorities"),
            F("reason", Txt, Req, "Why."));
        builder.Add("scopeFlag", Out, "Part of the matter lies outside the ruleset's scope.",
            ("code", Txt, Req, "The circumstance code."),
            ("note", Txt, Req, "Which rules govern instead."),
            ("subject", Txt, Opt, "The part of the case it concerns (a matter's id), left out of everything that follows from it while the rest is evaluated; absent means the whole case."));
        builder.Add("stillHandled", Out, "A person no longer in post is still handled.",
            ("person", Txt, Req, "The person's id."),
            ("status", Txt, Req, "transferred, resigned or retired."));
        builder.Add("deductionStandard", Out, "Which salary-deduction standard governs when several procedures deduct for one event.",
            ("person", Txt, Req, "The person's id."),
            ("source", Txt, Req, "The procedure whose standard is compared."),
            ("pay", Txt, Req, "The pay compared: performance-salary or term-incentive, each against its own accountability range."),
            ("percent", Num, Opt, "Its deduction, when a single figure."),
            ("note", Txt, Req, "The comparison's outcome."));
        builder.Add("note", Out, "A remark the result must carry, such as a criterion that was not evaluated.",
            ("text", Txt, Req, "The remark."),
            ("subject", Txt, Opt, "What it concerns, e.g. lossSeverity."));
        builder.Add(CalendarGapType, Out, "A conclusion a rule could not draw because it counts working days in a year the ruleset's working-day calendar has no data for; the case is then not fully evaluated.",
            ("conclusion", Txt, Req, "The fact type the rule would have asserted, e.g. disclosureDeadline."),
            ("field", Txt, Req, "Its field that counts working days, e.g. lastDay."),
            ("calendar", Txt, Req, "The calendar's id."),
            ("year", Num, Req, "The year the calendar has no data for."));
    }
}
