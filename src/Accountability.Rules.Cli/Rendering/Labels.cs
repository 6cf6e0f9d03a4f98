namespace Accountability.Rules.Cli.Rendering;

/// <summary>
/// Chinese terms for the fixed codes of the fact catalogue (loss kinds, restriction kinds,
/// authorities, directions), which no ruleset code list names. Codes a ruleset lists (tiers,
/// roles, factors) take their names from the ruleset.
/// </summary>
internal static class Labels
{
    public static string LossKind(string kind) => kind switch
    {
        "direct" => "direct 直接损失",
        "indirect" => "indirect 间接损失",
        "contingent" => "contingent 或有损失",
        _ => kind,
    };

    public static string RestrictionKind(string kind) => kind switch
    {
        "no-promotion" => "no promotion 不得提拔",
        "no-important-post" => "no important post 不得重用",
        "no-post" => "no post 不安排职务",
        "no-higher-post" => "no post above the former level 不得担任高于原任职务层级的职务",
        _ => kind,
    };

    public static string Direction(string direction) => direction switch
    {
        "aggravate" => "aggravate",
        "mitigate" => "mitigate",
        "weigh" => "weigh both",
        "none" => "no adjustment",
        _ => direction,
    };

    public static string Basis(string basis) => basis switch
    {
        "given" => "given: determined by the investigation (调查认定)",
        "derived" => "derived from role and conduct",
        _ => basis,
    };

    public static string Criterion(string criterion) => criterion switch
    {
        "amount" => "loss amount 损失金额",
        "assetRatio" => "share of total assets 占资产总额比例",
        _ => criterion,
    };

    public static string Source(string source) => source switch
    {
        "accountability" => "accountability measure",
        "discipline" => "discipline sanction 纪律处分",
        "party-discipline" => "party discipline 党纪处分",
        "government-sanction" => "government sanction 政务处分",
        _ => source,
    };

    /// <summary>The pay a concurrent deduction concerns.</summary>
    public static string Pay(string pay) => pay switch
    {
        "performance-salary" => "performance salary 绩效年薪",
        "term-incentive" => "term incentive 任期激励收入",
        _ => pay,
    };
}
