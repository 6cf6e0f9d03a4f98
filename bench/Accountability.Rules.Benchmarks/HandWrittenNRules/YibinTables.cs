using System.Collections.Frozen;
using System.Collections.Immutable;
using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NodaTime;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules;

/// <summary>
/// The tables and words of rulesets/yibin-2020.yaml (with what it inherits from national-2016) as C#
/// lookups, shared by the hand-written NRules rules and the full hand-written baseline.
/// </summary>
internal static class YibinTables
{
    public const decimal LargerAmount = 1_000_000m;
    public const decimal MajorAmount = 10_000_000m;
    public const decimal LargerRatioPercent = 1m;
    public const decimal MajorRatioPercent = 3m;

    public const string Derived = "derived";
    public const string Given = "given";
    public const string Aggravating = "aggravating";
    public const string Mitigating = "mitigating";
    public const string Sasac = "sasac";
    public const string Resigned = "resigned";

    public const string ExcludedReason = "contingent loss not assessed by an intermediary (Art. 21: 经中介机构评估)";
    public const string ExcludedNote = "a contingent loss not assessed by an intermediary is not counted (Art. 21)";
    public const string ExcludedTierNote = "the tier may be higher once the contingent loss is assessed by an intermediary (Art. 21)";
    public const string MayDeductNote = "Art. 28(1) says 可以扣减和追索 (may): the deduction of less than 50% of the determination year's performance salary is a possibility open to the decision maker, not a range to apply; the measures (批评教育、责令书面检查、通报批评、诫勉) are prescribed (给予)";
    public const string RatioNotEvaluatedNote = "prior-year-end total assets unknown: the asset-ratio criterion of Art. 19 was not evaluated; the tier may be higher";
    public const string NoResponsibilityNote = "no responsibility established: none given by the investigation and none derived from role and conduct (Art. 22-26); no sanction is prescribed";
    public const string NoSalaryBase = "离职前全部绩效年薪及前三年任期激励收入总和";
    public const string NoSalaryEffect = "no performance salary from the enterprise at the determination: the row's percentages apply, by reference (参照上述标准), to the total of all performance salary before leaving and the term incentives of the three years before leaving, and the pay is recovered (追索扣回)";
    public const string NoSalaryNote = "no longer draws performance salary from the enterprise: deductions are computed on all performance salary before leaving plus the term incentives of the three years before (离职前全部绩效年薪及前三年任期激励收入总和), by reference to the row, and recovered (国办发〔2016〕63号 五(二)3)";
    public const string DisciplineProceedings = "discipline-or-criminal";
    public const string DisciplineProceedingsNote = "discipline or criminal proceedings alongside: the loss standard they use follows party rules and state law (涉及违纪违法和犯罪行为查处的损失标准，遵照相关党内法规和国家法律法规的规定执行, Art. 19 ¶2); accountability under these measures proceeds alongside them (Art. 27 合并处理, Art. 29, Art. 30), with the tier of Art. 19 ¶1";
    public const string LevelUnknownNote = "enterprise level not stated: the Art. 36(2) criterion 涉及市属国有企业负责人 was not evaluated; the SASAC may be the competent body";

    public const string HeadReason = "涉及市属国有企业负责人 (Art. 36(2))";
    public const string DirectReason = "认为有必要直接组织开展 (Art. 36(3))";
    public const string MajorReason = "市属国有企业发生的重大资产损失 (Art. 36(2))";
    public const string LargerSevereReason = "市属国有企业发生的产生严重不良后果的较大资产损失 (Art. 36(2))";
    public const string GroupReason = "负责实施本企业的责任追究 (Art. 37(1))";
    public const string SubsidiaryLargerMajorReason = "达到较大或重大财产损失标准的，应当由上级企业或履行出资人职责的机构开展责任追究工作 (六(二)): the subsidiary's group, as Art. 36(2) gives the SASAC only a city-owned enterprise's own losses";
    public const string SubsidiaryGeneralReason = "一般财产损失由本企业依据相关规定自行开展责任追究工作 (六(二))";
    public const string GroupDirectReason = "上级企业…认为有必要的，可直接组织开展 (六(二))";
    public const string LevelUnknownGeneralReason = "the enterprise where the loss occurred, at either level: a city-owned enterprise carries out the accountability of 本企业 (Art. 37(1)), a subsidiary handles its general loss itself (六(二))";
    public const string LevelUnknownLargerReason = "the city-owned enterprise, at either level: its own loss (Art. 37(1)) or, as superior enterprise, its subsidiary's larger loss (六(二))";
    public const string LevelUnknownMajorNote = "enterprise level not stated: a major loss is handled by the SASAC at a city-owned enterprise (Art. 36(2)) and by its group at a subsidiary (六(二)); state the enterprise's level";
    public const string LevelUnknownLargerSevereNote = "enterprise level not stated: a larger loss with severe consequences is handled by the SASAC at a city-owned enterprise (Art. 36(2)) and by its group at a subsidiary (六(二)); state the enterprise's level";
    public const string Group = "group";
    public const string Subsidiary = "subsidiary";

    /// <summary>Whether an enterprise level is one a case may state (otherwise it is not stated).</summary>
    public static bool LevelStated(string? level) => level is Group or Subsidiary;

    public const string OtherHighest = "the other procedure's deduction reaches or exceeds the accountability maximum: it is the highest standard and applies alone; the deductions are not added (Art. 29)";
    public const string AccountabilityHighest = "the other procedure's deduction is below the accountability minimum: the accountability deduction is the highest standard and applies alone; the deductions are not added (Art. 29)";
    public const string WithinRange = "the other procedure's deduction lies within the accountability range: whichever deduction the decision fixes higher applies alone; the deductions are not added (Art. 29)";
    public const string NonePrescribed = "the accountability row prescribes no deduction: the other procedure's deduction is the only and so the highest standard (Art. 29)";
    public const string NoTermIncentive = "the Art. 28 row prescribes no term-incentive deduction: the other procedure's deduction of it is the only and so the highest standard for that pay (Art. 29)";

    public static readonly Adjustment Aggravate = new(string.Empty, "aggravate", "从重或加重", "Art. 31 (应当): 从重 toward the top of the prescribed range, or 加重 beyond it; the text sets no ceiling for 加重: the decision maker fixes the measure and the figure");
    public static readonly Adjustment Mitigate = new(string.Empty, "mitigate", "减轻或免于", "Art. 32 (可以): 减轻 below the prescribed range, or 免于 (no sanction); the text sets no floor for 减轻: discretionary, the decision maker fixes the measure and the figure");
    public static readonly Adjustment Weigh = new(string.Empty, "weigh", "从重或加重；减轻或免于", "Art. 31 (应当, 从重或加重) and Art. 32 (可以, 减轻或免于) both apply; the texts set no order between them: the decision maker weighs them");
    public static readonly Adjustment ToleranceDeniedNone = new(string.Empty, "none", "不予容错", "Art. 32 ¶1 excludes tolerance: the mitigation items that concern the error itself (Art. 32(1)-(4), (7)) are not available");
    public static readonly Adjustment AggravateToleranceDenied = new(string.Empty, "aggravate", "从重或加重", "Art. 31 applies and Art. 32 ¶1 excludes tolerance, so the Art. 32 mitigation for the error itself is not available: 从重 toward the top of the prescribed range, or 加重 beyond it; the text sets no ceiling for 加重: the decision maker fixes the measure and the figure");

    private static readonly ImmutableArray<string> LargerDirectMeasures = ["通报批评", "诫勉", "停职", "调离工作岗位", "降职"];
    private static readonly ImmutableArray<string> MajorDirectMeasures = ["降职", "改任非管理职务", "责令辞职", "免职", "禁入限制"];
    private const string LargerDirectLongTerm = "终止尚未行使的其他中长期激励权益、上缴责任认定年度及前一年度的全部中长期激励收益、五年内不得参加企业新的中长期激励";
    private const string MajorDirectLongTerm = "终止尚未行使的其他中长期激励权益、上缴责任认定年度（含）前三年的全部中长期激励收益、不得参加企业新的中长期激励";

    /// <summary>Art. 28: the rows by tier rank (1-3) and responsibility rank (1 leadership, 2 supervisory, 3 direct).</summary>
    private static readonly SanctionRow[] Rows =
    [
        new("general", "leadership", [], null, null, false, null, null, false, null, true),
        new("general", "supervisory", ["批评教育", "责令书面检查", "通报批评", "诫勉"], 0m, 50m, true, null, null, false, null, false),
        new("general", "direct", ["批评教育", "责令书面检查", "通报批评", "诫勉"], 0m, 50m, true, null, null, false, null, false),
        new("larger", "leadership", ["通报批评", "诫勉", "停职", "调离工作岗位"], 30m, 70m, false, 30m, 70m, true, "终止尚未行使的其他中长期激励权益、三年内不得参加企业新的中长期激励", false),
        new("larger", "supervisory", LargerDirectMeasures, 50m, 100m, false, 50m, 100m, true, LargerDirectLongTerm, false),
        new("larger", "direct", LargerDirectMeasures, 50m, 100m, false, 50m, 100m, true, LargerDirectLongTerm, false),
        new("major", "leadership", ["调离工作岗位", "降职", "改任非管理职务", "责令辞职", "免职", "禁入限制"], 70m, 100m, false, 70m, 100m, true, "终止尚未行使的其他中长期激励权益、上缴责任认定年度（含）前三年的全部中长期激励收益、五年内不得参加企业新的中长期激励", false),
        new("major", "supervisory", MajorDirectMeasures, 100m, 100m, false, 100m, 100m, true, MajorDirectLongTerm, false),
        new("major", "direct", MajorDirectMeasures, 100m, 100m, false, 100m, 100m, true, MajorDirectLongTerm, false),
    ];

    /// <summary>Art. 31, Art. 32: factor code to direction (aggravating or mitigating).</summary>
    private static readonly FrozenDictionary<string, string> FactorDirections = new Dictionary<string, string>
    {
        ["frequent-huge-severe"] = Aggravating,
        ["external-supervision"] = Aggravating,
        ["loss-grew"] = Aggravating,
        ["concealed"] = Aggravating,
        ["other-aggravating"] = Aggravating,
        ["minor"] = Mitigating,
        ["reform-no-gain"] = Mitigating,
        ["not-prohibited"] = Mitigating,
        ["emergency-ratified"] = Mitigating,
        ["recovered-loss"] = Mitigating,
        ["self-reported"] = Mitigating,
        ["other-mitigating"] = Mitigating,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Art. 32 ¶1: grounds that exclude tolerance.</summary>
    private static readonly FrozenSet<string> ToleranceGrounds = new[] { "defied-orders", "defied-bans", "improper-gain", "intent", "arbitrary", "other-excluding-tolerance" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Art. 24: the conduct codes that ground direct responsibility for an enterprise head.</summary>
    private static readonly FrozenSet<string> Art24Codes = new[] { "art24-1", "art24-2", "art24-3", "art24-4", "art24-5", "art24-6" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Art. 30: no-promotion periods by measure (改任非管理职务 as 改任非领导职务, policy art28-3-non-management-post).</summary>
    private static readonly FrozenDictionary<string, Period> NoPromotion = new Dictionary<string, Period>
    {
        ["诫勉"] = Period.FromMonths(6),
        ["调离工作岗位"] = Period.FromYears(1),
        ["改任非领导职务"] = Period.FromYears(1),
        ["改任非管理职务"] = Period.FromYears(1),
        ["降职"] = Period.FromYears(2),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Art. 30: measures that bar a post for one year and a higher post for two.</summary>
    private static readonly FrozenSet<string> PostBarring = new[] { "责令辞职", "免职" }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly Period NoPostPeriod = Period.FromYears(1);
    public static readonly Period NoHigherPostPeriod = Period.FromYears(2);

    /// <summary>Art. 34: circumstances handled under other rules, with the note.</summary>
    private static readonly FrozenDictionary<string, string> ScopeFlags = new Dictionary<string, string>
    {
        ["safety-production-accident"] = "按照国家有关规定另行处理",
        ["environmental-pollution-accident"] = "按照国家有关规定另行处理",
        ["major-stability-event"] = "按照国家有关规定另行处理",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool Counts(Loss loss) => loss.Kind is "direct" or "indirect" || (loss.Kind == "contingent" && loss.AssessedByIntermediary);

    public static bool Excluded(Loss loss) => loss.Kind == "contingent" && !loss.AssessedByIntermediary;

    public static decimal? PercentOf(decimal amount, decimal? assets) => assets is { } a && a != 0m ? amount * 100m / a : null;

    /// <summary>Art. 19: the tier the amount criterion gives (以上 inclusive, 以下 exclusive).</summary>
    public static TierCriterion AmountCriterion(decimal amount) =>
        amount >= MajorAmount ? new("major", 3, "amount") : amount >= LargerAmount ? new("larger", 2, "amount") : new("general", 1, "amount");

    /// <summary>Art. 19: the tier the asset-ratio criterion gives; null below 1% or with unknown assets.</summary>
    public static TierCriterion? RatioCriterion(decimal? ratio) =>
        ratio is not { } r ? null : r >= MajorRatioPercent ? new("major", 3, "assetRatio") : r >= LargerRatioPercent ? new("larger", 2, "assetRatio") : null;

    public static int ResponsibilityRank(string responsibility) => responsibility switch
    {
        "direct" => 3,
        "supervisory" => 2,
        "leadership" => 1,
        _ => 0,
    };

    public static SanctionRow? Row(string tier, string responsibility)
    {
        var t = tier switch { "general" => 0, "larger" => 1, "major" => 2, _ => -1 };
        var r = ResponsibilityRank(responsibility);
        return t < 0 || r == 0 ? null : Rows[(t * 3) + r - 1];
    }

    /// <summary>Art. 19: whether a criterion not evaluated could still raise the tier (it is not the highest).</summary>
    public static bool BelowHighest(LossTier tier) => tier.Tier != "major";

    public static bool IsHead(string role) => role is "principal-head" or "enterprise-head";

    /// <summary>Art. 23, Art. 24: whether a conduct grounds direct responsibility for a person of this role.</summary>
    public static bool GroundsDirect(string role, string code) => code == "decisive-role" || (IsHead(role) && Art24Codes.Contains(code));

    /// <summary>Art. 25.</summary>
    public static bool GroundsSupervisory(string code) => code == "oversaw-area";

    /// <summary>Art. 26.</summary>
    public static bool GroundsLeadership(string role, string code) => role == "principal-head" && code == "principal-duty";

    public static string? FactorDirection(string code) => FactorDirections.GetValueOrDefault(code);

    public static string FactorTerms(string direction) => direction == Aggravating ? "从重或加重" : "减轻或免于";

    /// <summary>Art. 32(5), (6): mitigating items after the fact, which a ground excluding tolerance leaves available (policy adjustment-range).</summary>
    public static bool AfterTheFact(string code) => code is "recovered-loss" or "self-reported";

    public static bool ExcludesTolerance(string code) => ToleranceGrounds.Contains(code);

    public static Period? NoPromotionPeriod(string measure) => NoPromotion.GetValueOrDefault(measure);

    public static bool BarsPost(string measure) => PostBarring.Contains(measure);

    /// <summary>Art. 30: 诫勉 bars promotion and an important post (不得提拔、重用) for six months.</summary>
    public static bool BarsImportantPost(string measure) => measure == "诫勉";

    public static readonly Period NoImportantPostPeriod = Period.FromMonths(6);

    public static string? ScopeNote(string code) => ScopeFlags.GetValueOrDefault(code);

    public static bool StillHandled(string status) => status is "transferred" or "resigned" or "retired";

    /// <summary>Art. 29: how another procedure's deduction compares with the person's row; null when no rule applies.</summary>
    public static string? DeductionNote(Sanction sanction, string pay, decimal percent)
    {
        if (sanction.NonePrescribed)
        {
            return NonePrescribed;
        }

        var term = pay == "term-incentive";
        var (min, max) = term ? (sanction.Row.TermIncentiveMinPercent, sanction.Row.TermIncentiveMaxPercent) : (sanction.SalaryMinPercent, sanction.SalaryMaxPercent);
        if (term && max is null)
        {
            return NoTermIncentive;
        }

        if (max is { } highest && highest <= percent)
        {
            return OtherHighest;
        }

        if (min is { } lowest && lowest > percent)
        {
            return AccountabilityHighest;
        }

        return min is { } low && max is { } high && low <= percent && high > percent ? WithinRange : null;
    }

    /// <summary>Art. 31, Art. 32: the adjustment for a person's factor findings, or null when none applies.</summary>
    public static Adjustment? AdjustmentFor(bool aggravating, bool mitigating, bool toleranceDenied) => (aggravating, mitigating, toleranceDenied) switch
    {
        (true, false, _) => Aggravate,
        (false, true, false) => Mitigate,
        (true, true, false) => Weigh,
        (false, true, true) => ToleranceDeniedNone,
        (true, true, true) => AggravateToleranceDenied,
        _ => null,
    };
}
