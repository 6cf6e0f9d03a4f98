using System.Collections.Immutable;
using NodaTime;

namespace Accountability.Rules.Calendars;

/// <summary>
/// A working-day calendar as data: Monday to Friday work and Saturday and Sunday rest, except the
/// statutory days off and the adjusted working days (调休) of each covered year. A question about
/// a year it does not cover throws <see cref="CalendarCoverageException"/>. Immutable and thread-safe.
/// </summary>
public sealed class WorkingDayCalendar
{
    // Hash sets filled once here and only read afterwards (safe to share between threads): a frozen set of
    // LocalDate was built by the framework's generic code over LocalDate, compiled at run time in every start.
    private readonly HashSet<LocalDate> _daysOff = [];
    private readonly HashSet<LocalDate> _workingWeekendDays = [];
    private readonly ImmutableArray<int> _years;

    /// <summary>Creates a calendar. Throws <see cref="ArgumentException"/> when a day lies outside its year or is both off and working.</summary>
    public WorkingDayCalendar(string id, ImmutableArray<CalendarYear> years)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (years.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"A calendar needs at least one year. Calendar={id}", nameof(years));
        }

        Id = id;
        Years = [.. years.OrderBy(y => y.Year)];
        foreach (var year in Years)
        {
            foreach (var holiday in year.Holidays)
            {
                foreach (var range in holiday.DaysOff)
                {
                    for (var day = range.Start; day <= range.End; day = day.PlusDays(1))
                    {
                        _daysOff.Add(day);
                    }
                }

                foreach (var day in holiday.WorkingDays)
                {
                    _workingWeekendDays.Add(day);
                }
            }
        }

        foreach (var day in _workingWeekendDays)
        {
            if (_daysOff.Contains(day))
            {
                throw new ArgumentException($"A day is both off and a working day. Calendar={id} Day={_daysOff.Intersect(_workingWeekendDays).Min()}", nameof(years));
            }
        }

        _years = ImmutableArray.CreateRange(Years, y => y.Year);
    }

    /// <summary>The calendar's id, e.g. <c>cn-mainland-holidays</c>.</summary>
    public string Id { get; }

    /// <summary>The covered years, in order.</summary>
    public ImmutableArray<CalendarYear> Years { get; }

    /// <summary>Whether the calendar covers a year.</summary>
    public bool Covers(int year) => _years.Contains(year);

    /// <summary>Whether a day is a working day. Throws <see cref="CalendarCoverageException"/> outside the covered years.</summary>
    public bool IsWorkingDay(LocalDate day)
    {
        if (!_years.Contains(day.Year))
        {
            throw new CalendarCoverageException(Id, day.Year, Years[0].Year, Years[^1].Year);
        }

        if (_daysOff.Contains(day))
        {
            return false;
        }

        return _workingWeekendDays.Contains(day) || day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
    }

    /// <summary>
    /// The last day of a period of <paramref name="days"/> working days after <paramref name="start"/>:
    /// counting starts the day after (Civil Code Art. 201) and the Nth working day is the last day.
    /// </summary>
    public LocalDate AddWorkingDays(LocalDate start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        var counted = 0;
        while (counted < days)
        {
            day = day.PlusDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The day itself when it is a working day, otherwise the next working day (Civil Code Art. 203).</summary>
    public LocalDate OnOrNextWorkingDay(LocalDate day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.PlusDays(1);
        }

        return day;
    }
}
