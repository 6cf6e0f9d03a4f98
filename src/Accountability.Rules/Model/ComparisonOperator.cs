namespace Accountability.Rules.Model;

/// <summary>A comparison of two values of the same kind.</summary>
public enum ComparisonOperator
{
    /// <summary>Equal (absent equals absent).</summary>
    Equal,

    /// <summary>Not equal.</summary>
    NotEqual,

    /// <summary>Less than; false when either side is absent.</summary>
    LessThan,

    /// <summary>Less than or equal; false when either side is absent.</summary>
    LessThanOrEqual,

    /// <summary>Greater than; false when either side is absent.</summary>
    GreaterThan,

    /// <summary>Greater than or equal; false when either side is absent.</summary>
    GreaterThanOrEqual,
}
