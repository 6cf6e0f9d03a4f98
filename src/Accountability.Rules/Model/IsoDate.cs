using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Model;

/// <summary>
/// ISO dates (<c>2024-06-28</c>) read and written as <see cref="LocalDatePattern.Iso"/> does, without building NodaTime's
/// pattern for the common form: the pattern's first use costs a process about as much as reading a ruleset file
/// (bench/README.md, Start-up), and a run that evaluates one case touches dates only in this form.
/// </summary>
public static class IsoDate
{
    /// <summary>The date as <see cref="LocalDatePattern.Iso"/> writes it (<c>uuuu-MM-dd</c>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text, e.g. <c>2024-06-28</c>.</returns>
    public static string Format(LocalDate date)
    {
        if (date.Year is < 1 or > 9999 || date.Calendar != CalendarSystem.Iso)
        {
            return LocalDatePattern.Iso.Format(date);
        }

        // Not string.Create: its instantiation over LocalDate is not precompiled (ReadyToRun), so it was compiled in every run.
        Span<char> text = stackalloc char[10];
        Write(text[..4], date.Year);
        text[4] = '-';
        Write(text[5..7], date.Month);
        text[7] = '-';
        Write(text[8..], date.Day);
        return new string(text);
    }

    /// <summary>The date of an ISO text as <see cref="LocalDatePattern.Iso"/> reads it; <c>null</c> when it reads none.</summary>
    /// <param name="text">The text, e.g. <c>2024-06-28</c>.</param>
    /// <returns>The date, or <c>null</c>.</returns>
    public static LocalDate? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4) is var year and > 0 && Digits(text, 5, 2) is var month and >= 1 and <= 12
            && Digits(text, 8, 2) is var day and >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return new LocalDate(year, month, day);
        }

        return LocalDatePattern.Iso.Parse(text) is { Success: true } result ? result.Value : null;
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits from <paramref name="start"/>; -1 when one is not a digit.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    private static void Write(Span<char> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
