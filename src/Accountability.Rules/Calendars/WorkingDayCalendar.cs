using System.Collections.Immutable;
using NodaTime;

namespace Accountability.Rules.Calendars;

/// <summary>
/// A working-day calendar as data: Monday to Friday work and Saturday and Sunday rest, except the
/// statutory days off and the adjusted working days (调休) of each covered year. A question about
/// a year it does not cover throws <see cref="CalendarCoverageException"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Each covered year is read once, when the calendar is made, into the number of working days before each of
/// its days (<see cref="YearDays"/>): whether a day is a working day is the difference of two numbers, and the
/// Nth working day after a day is found by a binary search in its year (and the years after it, each counted
/// as a whole), not by stepping a day at a time. The answers, and the year a question stops at when it
/// reaches one the calendar does not cover, are those of stepping a day at a time.
/// </remarks>
public sealed class WorkingDayCalendar
{
    /// <summary>By year from <see cref="_firstYear"/> on: the year's working days, or null for a year not covered.</summary>
    private readonly YearDays?[] _byYear;
    private readonly int _firstYear;

    /// <summary>
    /// Creates a calendar. Throws <see cref="ArgumentException"/> when a year lies outside the ISO calendar's (-9998 to
    /// 9999) or a day is both off and working. A year's holidays may list days of the year before or after it (the
    /// notice for 2019 made 29 December 2018 a working day and gave 30 and 31 December 2018 off): every day counts in
    /// its own year, when the calendar covers that year.
    /// </summary>
    public WorkingDayCalendar(string id, ImmutableArray<CalendarYear> years)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (years.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"A calendar needs at least one year. Calendar={id}", nameof(years));
        }

        Id = id;
        Years = [.. years.OrderBy(y => y.Year)];
        if (Years[0].Year < CalendarSystem.Iso.MinYear || Years[^1].Year > CalendarSystem.Iso.MaxYear)
        {
            var outside = Years[0].Year < CalendarSystem.Iso.MinYear ? Years[0].Year : Years[^1].Year;
            throw new ArgumentException($"A calendar's years lie between {CalendarSystem.Iso.MinYear} and {CalendarSystem.Iso.MaxYear}. Calendar={id} Year={outside}", nameof(years));
        }

        var daysOff = new HashSet<LocalDate>();
        var workingWeekendDays = new HashSet<LocalDate>();
        foreach (var year in Years)
        {
            foreach (var holiday in year.Holidays)
            {
                foreach (var range in holiday.DaysOff)
                {
                    for (var day = range.Start; day <= range.End; day = day.PlusDays(1))
                    {
                        daysOff.Add(day);
                    }
                }

                foreach (var day in holiday.WorkingDays)
                {
                    workingWeekendDays.Add(day);
                }
            }
        }

        foreach (var day in workingWeekendDays)
        {
            if (daysOff.Contains(day))
            {
                throw new ArgumentException($"A day is both off and a working day. Calendar={id} Day={daysOff.Intersect(workingWeekendDays).Min()}", nameof(years));
            }
        }

        _firstYear = Years[0].Year;
        _byYear = new YearDays?[Years[^1].Year - _firstYear + 1];
        foreach (var year in Years.Select(y => y.Year).Distinct())
        {
            _byYear[year - _firstYear] = new YearDays(year, daysOff, workingWeekendDays);
        }
    }

    /// <summary>The calendar's id, e.g. <c>cn-mainland-holidays</c>.</summary>
    public string Id { get; }

    /// <summary>The covered years, in order.</summary>
    public ImmutableArray<CalendarYear> Years { get; }

    /// <summary>Whether the calendar covers a year.</summary>
    public bool Covers(int year) => Covered(year) is not null;

    /// <summary>Whether a day is a working day. Throws <see cref="CalendarCoverageException"/> outside the covered years.</summary>
    public bool IsWorkingDay(LocalDate day) => Of(day.Year).IsWorkingDay(day.DayOfYear - 1);

    /// <summary>
    /// The last day of a period of <paramref name="days"/> working days after <paramref name="start"/>:
    /// counting starts the day after (Civil Code Art. 201) and the Nth working day is the last day.
    /// Throws <see cref="CalendarCoverageException"/> for the first year the count reaches that the calendar does not cover.
    /// </summary>
    public LocalDate AddWorkingDays(LocalDate start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return days == 0 ? start : NthWorkingDayFrom(start.PlusDays(1), days);
    }

    /// <summary>
    /// The day itself when it is a working day, otherwise the next working day (Civil Code Art. 203).
    /// Throws <see cref="CalendarCoverageException"/> for the first year the search reaches that the calendar does not cover.
    /// </summary>
    public LocalDate OnOrNextWorkingDay(LocalDate day) => NthWorkingDayFrom(day, 1);

    /// <summary>The <paramref name="n"/>th working day counted from <paramref name="first"/> (itself the first if it is one), year by year.</summary>
    private LocalDate NthWorkingDayFrom(LocalDate first, int n)
    {
        var year = first.Year;
        var index = first.DayOfYear - 1;
        while (true)
        {
            var days = Of(year);
            var left = days.WorkingFrom(index);
            if (n <= left)
            {
                return new LocalDate(year, 1, 1).PlusDays(days.NthWorkingDayFrom(index, n));
            }

            n -= left;
            year++;
            index = 0;
        }
    }

    /// <summary>The working days of a covered year; null for a year not covered.</summary>
    private YearDays? Covered(int year) => year >= _firstYear && year - _firstYear < _byYear.Length ? _byYear[year - _firstYear] : null;

    /// <summary>The working days of a covered year. Throws <see cref="CalendarCoverageException"/> for a year not covered.</summary>
    private YearDays Of(int year) => Covered(year) ?? throw new CalendarCoverageException(Id, year, Years[0].Year, Years[^1].Year);

    /// <summary>
    /// One covered year: for each day (0 for 1 January), the number of working days of the year before it, and after
    /// the last day the year's number of working days. Immutable.
    /// </summary>
    private sealed class YearDays
    {
        private readonly short[] _workingBefore;

        public YearDays(int year, HashSet<LocalDate> daysOff, HashSet<LocalDate> workingWeekendDays)
        {
            var first = new LocalDate(year, 1, 1);
            var length = CalendarSystem.Iso.GetDaysInYear(year);
            _workingBefore = new short[length + 1];
            for (var i = 0; i < length; i++)
            {
                var day = first.PlusDays(i);
                var working = !daysOff.Contains(day)
                    && (workingWeekendDays.Contains(day) || day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
                _workingBefore[i + 1] = (short)(_workingBefore[i] + (working ? 1 : 0));
            }
        }

        /// <summary>Whether the day at <paramref name="index"/> is a working day.</summary>
        public bool IsWorkingDay(int index) => _workingBefore[index + 1] > _workingBefore[index];

        /// <summary>The number of working days from the day at <paramref name="index"/> to the end of the year.</summary>
        public int WorkingFrom(int index) => _workingBefore[^1] - _workingBefore[index];

        /// <summary>
        /// The index of the <paramref name="n"/>th working day from the day at <paramref name="index"/> on (1 to
        /// <see cref="WorkingFrom"/>): the first day before which <paramref name="n"/> more working days have gone by.
        /// </summary>
        public int NthWorkingDayFrom(int index, int n)
        {
            // The smallest day whose count up to and including it reaches the target: a binary search of the counts.
            var target = _workingBefore[index] + n;
            var (low, high) = (index + 1, _workingBefore.Length - 1);
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_workingBefore[middle] < target)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low - 1;
        }
    }
}
