namespace Accountability.Rules.Data.RuleSets;

/// <summary>What the numbers of a range measure, which sets their valid values.</summary>
internal enum RangeUnit
{
    /// <summary>An amount of money: 0 or more.</summary>
    Amount,

    /// <summary>A percentage: 0 to 100.</summary>
    Percent,
}
