using System.Collections.Immutable;
using System.Globalization;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// Converts nodes to typed values, reporting a typed error (expected a number, a date...) at the
/// node's position and returning <c>null</c> when the node does not convert. Numbers are parsed
/// exactly as <see cref="decimal"/> with the invariant culture, never through <see cref="double"/>,
/// and are written in full: an exponent (<c>1e6</c>, <c>0.1e-400</c>) is an error, whatever its size.
/// A node already rejected by the reader (<see cref="YamlInvalidNode"/>) yields <c>null</c> silently.
/// </summary>
internal static class YamlValues
{
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>The most digits of a number read without the general parser: any 18 digits make a <see cref="ulong"/>.</summary>
    private const int MaxShortDigits = 18;

    /// <summary>The node as a mapping.</summary>
    public static YamlMapping? Mapping(YamlNode node, string path, LoadErrors errors) =>
        Expect<YamlMapping>(node, path, errors, LoadDiagnostics.ExpectedMapping);

    /// <summary>The node as a sequence.</summary>
    public static YamlSequence? Sequence(YamlNode node, string path, LoadErrors errors) =>
        Expect<YamlSequence>(node, path, errors, LoadDiagnostics.ExpectedList);

    /// <summary>The node as a non-null scalar.</summary>
    public static YamlScalar? Scalar(YamlNode node, string path, LoadErrors errors)
    {
        if (node is YamlScalar { IsNull: false } scalar)
        {
            return scalar;
        }

        Report(node, path, errors, LoadDiagnostics.ExpectedText);
        return null;
    }

    /// <summary>The node as text (any scalar but null).</summary>
    public static string? Text(YamlNode node, string path, LoadErrors errors) => Scalar(node, path, errors)?.Value;

    /// <summary>The node as text; <c>null</c> without error for an absent node or a null scalar.</summary>
    public static string? OptionalText(YamlNode? node, string path, LoadErrors errors) =>
        node is null or YamlScalar { IsNull: true } ? null : Text(node, path, errors);

    /// <summary>
    /// The node as an exact decimal. A quoted number is accepted only when
    /// <paramref name="allowQuoted"/> (case files, where JSON producers quote large amounts).
    /// </summary>
    public static decimal? Number(YamlNode node, string path, LoadErrors errors, bool allowQuoted = false)
    {
        if (node is YamlScalar scalar && (scalar.IsPlain || (allowQuoted && scalar.Style is YamlScalarStyle.SingleQuoted or YamlScalarStyle.DoubleQuoted))
            && TryParseNumber(scalar.Text, out var number))
        {
            if (Math.Abs(number) > YamlLimits.MaxNumber)
            {
                errors.Add(node.Start, LoadDiagnostics.NumberOutOfRange, scalar.Value, YamlLimits.MaxNumber);
                return null;
            }

            // Trailing zeros do not count: the scale without them (dividing by one drops them) is at most the scale as written.
            if (number.Scale > YamlLimits.MaxDecimalPlaces && (number / 1.000000000000000000000000000000m).Scale > YamlLimits.MaxDecimalPlaces)
            {
                errors.Add(node.Start, LoadDiagnostics.TooManyDecimals, scalar.Value, YamlLimits.MaxDecimalPlaces);
                return null;
            }

            return number;
        }

        Report(node, path, errors, LoadDiagnostics.ExpectedNumber);
        return null;
    }

    /// <summary>The node as a whole number (an <see cref="int"/>).</summary>
    public static int? Integer(YamlNode node, string path, LoadErrors errors)
    {
        if (node is YamlScalar { IsPlain: true } scalar
            && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(node, path, errors, LoadDiagnostics.ExpectedInteger);
        return null;
    }

    /// <summary>The node as a boolean: unquoted <c>true</c> or <c>false</c> (YAML 1.2 core schema).</summary>
    public static bool? Boolean(YamlNode node, string path, LoadErrors errors)
    {
        if (node is YamlScalar { IsPlain: true } scalar)
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE":
                    return true;
                case "false" or "False" or "FALSE":
                    return false;
            }
        }

        Report(node, path, errors, LoadDiagnostics.ExpectedBoolean);
        return null;
    }

    /// <summary>The node as an ISO date (<c>yyyy-MM-dd</c>).</summary>
    public static LocalDate? Date(YamlNode node, string path, LoadErrors errors)
    {
        if (node is YamlScalar { IsNull: false } scalar && IsoDate.Parse(scalar.Value) is { } date)
        {
            if (date.Year is >= YamlLimits.MinYear and <= YamlLimits.MaxYear)
            {
                return date;
            }

            errors.Add(node.Start, LoadDiagnostics.DateOutOfRange, scalar.Value, YamlLimits.MinYear, YamlLimits.MaxYear);
            return null;
        }

        Report(node, path, errors, LoadDiagnostics.ExpectedDate);
        return null;
    }

    /// <summary>The node as an ISO-8601 period of years, months, weeks and days.</summary>
    public static Period? Period(YamlNode node, string path, LoadErrors errors)
    {
        if (node is YamlScalar { IsNull: false } scalar && TryParsePeriod(scalar.Value) is { } period)
        {
            if (period.HasTimeComponent)
            {
                errors.Add(node.Start, LoadDiagnostics.PeriodHasTime, scalar.Value);
                return null;
            }

            if (!InRange(period))
            {
                errors.Add(node.Start, LoadDiagnostics.PeriodOutOfRange, scalar.Value, YamlLimits.MaxPeriodYears);
                return null;
            }

            return period;
        }

        Report(node, path, errors, LoadDiagnostics.ExpectedPeriod);
        return null;
    }

    /// <summary>The node as a list of non-null scalars; <c>null</c> when it is not a list.</summary>
    public static ImmutableArray<YamlScalar>? ScalarList(YamlNode node, string path, LoadErrors errors)
    {
        if (Sequence(node, path, errors) is not { } sequence)
        {
            return null;
        }

        var items = ImmutableArray.CreateBuilder<YamlScalar>(sequence.Items.Length);
        foreach (var item in sequence.Items)
        {
            if (Scalar(item, path, errors) is { } scalar)
            {
                items.Add(scalar);
            }
        }

        return items.ToImmutable();
    }

    /// <summary>Parses a number exactly, with the invariant culture: digits, an optional sign and decimal point, no exponent.</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> text, out decimal number) =>
        TryParseShort(text, out number)
        || (decimal.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out number) && text.Trim().Length == text.Length);

    /// <summary>
    /// Reads the form nearly every number of a case has, an optional minus sign, digits, then
    /// optionally a decimal point and digits, at most 18 digits in all, without the general parser:
    /// the same <see cref="decimal"/> as it gives (the digits as written, trailing zeros and a minus
    /// zero's sign kept). <c>false</c> for any other text, which the general parser reads.
    /// </summary>
    private static bool TryParseShort(ReadOnlySpan<char> text, out decimal number)
    {
        number = 0m;
        var negative = text.Length > 0 && text[0] == '-';
        var mantissa = 0UL;
        var digits = 0;
        var scale = -1; // -1 until the decimal point, then the digits after it
        for (var i = negative ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                if (++digits > MaxShortDigits)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (ulong)(c - '0');
                scale += scale >= 0 ? 1 : 0;
            }
            else if (c != '.' || scale >= 0 || digits == 0)
            {
                return false;
            }
            else
            {
                scale = 0;
            }
        }

        if (digits == 0 || scale == 0)
        {
            return false;
        }

        number = new decimal(unchecked((int)mantissa), (int)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>
    /// Whether the period is not negative as a whole (a component may be, as in <c>P4M-1D</c>) and
    /// its components together are at most <see cref="YamlLimits.MaxPeriodYears"/> years long,
    /// counting a year as 365 days, a month as 30 and a week as 7; long arithmetic cannot overflow.
    /// </summary>
    private static bool InRange(Period period)
    {
        long[] days = [365L * period.Years, 30L * period.Months, 7L * period.Weeks, period.Days];
        var total = 0L;
        var length = 0L;
        foreach (var component in days)
        {
            total += component;
            length += Math.Abs(component);
        }

        return total >= 0 && length <= 36_525L * YamlLimits.MaxPeriodYears / 100;
    }

    private static Period? TryParsePeriod(string text)
    {
        var roundtrip = PeriodPattern.Roundtrip.Parse(text);
        if (roundtrip.Success)
        {
            return roundtrip.Value;
        }

        var iso = PeriodPattern.NormalizingIso.Parse(text);
        return iso.Success ? iso.Value : null;
    }

    private static T? Expect<T>(YamlNode node, string path, LoadErrors errors, DiagnosticKind kind)
        where T : YamlNode
    {
        if (node is T typed)
        {
            return typed;
        }

        Report(node, path, errors, kind);
        return null;
    }

    /// <summary>Reports a node of the wrong type, as a problem of <paramref name="kind"/> (its placeholders: the path, what was found).</summary>
    private static void Report(YamlNode node, string path, LoadErrors errors, DiagnosticKind kind)
    {
        if (node is YamlInvalidNode)
        {
            // The reader reported it already; count it again so that the part being read knows it failed.
            errors.Repeat();
            return;
        }

        errors.Add(node.Start, kind, path, node.Describe());
    }
}
