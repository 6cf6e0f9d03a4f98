namespace Accountability.Rules.Model;

/// <summary>The functions an expression may call. Each is absent-propagating unless stated.</summary>
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

    /// <summary><c>add(a, b)</c>: a + b.</summary>
    Add,

    /// <summary><c>subtract(a, b)</c>: a − b.</summary>
    Subtract,

    /// <summary><c>multiply(a, b)</c>: a × b.</summary>
    Multiply,

    /// <summary><c>divide(a, b)</c>: a ÷ b; absent when b is zero.</summary>
    Divide,

    /// <summary><c>ceiling(a)</c>: the least whole number not below a (rounding up, 向上取整).</summary>
    Ceiling,

    /// <summary><c>date(year, month, day)</c>: a date; absent when it does not exist.</summary>
    Date,

    /// <summary><c>year(date)</c>: the date's year.</summary>
    Year,

    /// <summary>
    /// <c>plusWorkingDays(date, n)</c>: the Nth working day after <c>date</c> on the ruleset's
    /// calendar; counting starts the next day (Civil Code Art. 201).
    /// </summary>
    PlusWorkingDays,

    /// <summary>
    /// <c>onOrNextWorkingDay(date)</c>: the date itself when it is a working day, otherwise the next
    /// working day (Civil Code Art. 203, for deadlines to act).
    /// </summary>
    OnOrNextWorkingDay,

    /// <summary><c>max(a, b, ...)</c>: the greatest of numbers or dates, ignoring absent ones.</summary>
    Max,

    /// <summary><c>min(a, b, ...)</c>: the least of numbers or dates, ignoring absent ones.</summary>
    Min,
}
