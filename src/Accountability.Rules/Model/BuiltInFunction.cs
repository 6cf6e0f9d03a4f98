namespace Accountability.Rules.Model;

/// <summary>The functions an expression may call.</summary>
public enum BuiltInFunction
{
    /// <summary><c>percentOf(a, b)</c>: a ÷ b × 100; absent when b is absent or zero.</summary>
    PercentOf,

    /// <summary>
    /// <c>plus(date, period)</c>: the date the period after <c>date</c>; a month or year period ends
    /// on the corresponding day, or the month's last day where it has none (Civil Code Art. 202).
    /// </summary>
    Plus,

    /// <summary><c>coalesce(a, b, ...)</c>: the first operand that is not absent.</summary>
    Coalesce,
}
