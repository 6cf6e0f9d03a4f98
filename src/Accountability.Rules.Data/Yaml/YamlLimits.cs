namespace Accountability.Rules.Data.Yaml;

/// <summary>Limits that keep hostile input from exhausting the reader.</summary>
internal static class YamlLimits
{
    /// <summary>The deepest nesting of mappings and sequences accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>The largest document accepted, in characters (4 Mi).</summary>
    public const int MaxCharacters = 4 * 1024 * 1024;

    /// <summary>
    /// The largest magnitude of a number accepted (10^15, a thousand trillion): no amount of a real
    /// case comes near it, and a sum of as many such numbers as a document can hold stays far inside
    /// the range of <see cref="decimal"/>.
    /// </summary>
    public const decimal MaxNumber = 1_000_000_000_000_000m;

    /// <summary>
    /// The most decimal places a number may have (trailing zeros aside): with
    /// <see cref="MaxNumber"/>, a total of amounts divided by the smallest non-zero number (a ratio
    /// to total assets) stays inside the range of <see cref="decimal"/>.
    /// </summary>
    public const int MaxDecimalPlaces = 6;

    /// <summary>The earliest year of a date accepted.</summary>
    public const int MinYear = 1900;

    /// <summary>
    /// The latest year of a date accepted: a date plus the longest period accepted stays far inside
    /// the calendar's range (9999-12-31).
    /// </summary>
    public const int MaxYear = 2999;

    /// <summary>The longest period accepted, in years (months, weeks and days are bounded to the same length).</summary>
    public const int MaxPeriodYears = 100;
}
