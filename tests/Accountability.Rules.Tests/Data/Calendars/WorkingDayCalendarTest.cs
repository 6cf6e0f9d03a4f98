using System.Collections.Immutable;
using Accountability.Rules.Calendars;
using NodaTime;

namespace Accountability.Rules.Tests.Data.Calendars;

/// <summary>
/// <see cref="WorkingDayCalendar"/> answers as stepping a day at a time through its years' data does: whether a
/// day is a working day, the Nth working day after a day (Civil Code Art. 201), the day or the next working day
/// (Art. 203), and, where a question reaches a year the calendar does not cover, the first such year it reaches.
/// Random calendars (years with gaps, holidays across weekends, adjusted working weekend days) against a
/// reference written here from the data alone.
/// </summary>
public sealed class WorkingDayCalendarTest
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void RandomCalendars_AnswerAsSteppingDayByDay(int seed)
    {
        var random = new Random(seed);
        var years = RandomYears(random);
        var calendar = new WorkingDayCalendar("random", years);
        var reference = new Reference(years);
        var (first, last) = (years.Min(y => y.Year), years.Max(y => y.Year));

        for (var question = 0; question < 400; question++)
        {
            var day = new LocalDate(first - 1, 12, 20).PlusDays(random.Next((last - first + 2) * 366));
            var days = random.Next(4) switch
            {
                0 => random.Next(0, 3),
                1 => random.Next(0, 30),
                2 => random.Next(200, 400),
                _ => random.Next(0, 800),
            };

            Assert.Equal(Answer(() => reference.IsWorkingDay(day)), Answer(() => calendar.IsWorkingDay(day)));
            Assert.Equal(Answer(() => reference.AddWorkingDays(day, days)), Answer(() => calendar.AddWorkingDays(day, days)));
            Assert.Equal(Answer(() => reference.OnOrNextWorkingDay(day)), Answer(() => calendar.OnOrNextWorkingDay(day)));
        }
    }

    [Fact]
    public void Counting_FromTheLastDayOfAYear_GoesOnInTheNext_AndStopsAtAYearNotCovered()
    {
        var calendar = new WorkingDayCalendar("with-a-gap", [Year(2023), Year(2024), Year(2026)]);

        // No holidays: the working day after Friday 29 December 2023 is Monday 1 January 2024, in the next year's table.
        Assert.Equal(new LocalDate(2024, 1, 1), calendar.AddWorkingDays(new LocalDate(2023, 12, 29), 1));
        Assert.Equal(new LocalDate(2023, 12, 29), calendar.AddWorkingDays(new LocalDate(2023, 12, 29), 0));
        Assert.Equal(new LocalDate(2024, 12, 31), calendar.OnOrNextWorkingDay(new LocalDate(2024, 12, 31)));
        var gap = Assert.Throws<CalendarCoverageException>(() => calendar.AddWorkingDays(new LocalDate(2024, 12, 30), 2));
        Assert.Equal(2025, gap.Year);
        Assert.Equal(2022, Assert.Throws<CalendarCoverageException>(() => calendar.OnOrNextWorkingDay(new LocalDate(2022, 12, 31))).Year);
        Assert.Equal(2027, Assert.Throws<CalendarCoverageException>(() => calendar.AddWorkingDays(new LocalDate(2026, 12, 1), 30)).Year);
        Assert.True(calendar.Covers(2026));
        Assert.False(calendar.Covers(2025));
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(-10_000)]
    public void AYearOutsideTheIsoCalendar_IsRefusedWhenTheCalendarIsMade(int year)
    {
        var refused = Assert.Throws<ArgumentException>(() => new WorkingDayCalendar("far", [Year(2024), Year(year)]));

        Assert.Contains($"Year={year}", refused.Message, StringComparison.Ordinal);
    }

    private static CalendarYear Year(int year, params CalendarHoliday[] holidays) => new(year, "test", [.. holidays]);

    private static ImmutableArray<CalendarYear> RandomYears(Random random)
    {
        var first = random.Next(2000, 2030);
        var years = ImmutableArray.CreateBuilder<CalendarYear>();
        for (var year = first; year < first + random.Next(1, 7); year++)
        {
            if (year != first && random.Next(4) == 0)
            {
                continue; // A year the calendar leaves out.
            }

            var holidays = ImmutableArray.CreateBuilder<CalendarHoliday>();
            var taken = new HashSet<LocalDate>();
            for (var h = random.Next(0, 6); h > 0; h--)
            {
                var start = new LocalDate(year, 1, 1).PlusDays(random.Next(0, 360));
                var end = start.PlusDays(random.Next(0, 8));
                if (end.Year != year)
                {
                    continue;
                }

                var working = new List<LocalDate>();
                for (var day = start.PlusDays(-3); day <= end.PlusDays(3); day = day.PlusDays(1))
                {
                    if (day.Year == year && (day < start || day > end) && day.DayOfWeek >= IsoDayOfWeek.Saturday && random.Next(2) == 0)
                    {
                        working.Add(day);
                    }
                }

                // Days off and working days of different holidays never meet: the calendar refuses a day that is both.
                var off = new List<LocalDate>();
                for (var day = start; day <= end; day = day.PlusDays(1))
                {
                    off.Add(day);
                }

                if (off.Concat(working).Any(taken.Contains))
                {
                    continue;
                }

                taken.UnionWith(off.Concat(working));
                holidays.Add(new CalendarHoliday($"h{h}", [new DateInterval(start, end)], [.. working]));
            }

            years.Add(new CalendarYear(year, "test", holidays.ToImmutable()));
        }

        return years.ToImmutable();
    }

    /// <summary>The answer, or the year of the coverage exception.</summary>
    private static string Answer<T>(Func<T> question)
    {
        try
        {
            return $"{question()}";
        }
        catch (CalendarCoverageException missing)
        {
            return $"no data for {missing.Year}";
        }
    }

    /// <summary>The calendar's rules from its data alone, a day at a time.</summary>
    private sealed class Reference(ImmutableArray<CalendarYear> years)
    {
        private readonly HashSet<int> _covered = [.. years.Select(y => y.Year)];
        private readonly HashSet<LocalDate> _off = [.. years.SelectMany(y => y.Holidays).SelectMany(h => h.DaysOff).SelectMany(Days)];
        private readonly HashSet<LocalDate> _working = [.. years.SelectMany(y => y.Holidays).SelectMany(h => h.WorkingDays)];

        public bool IsWorkingDay(LocalDate day) =>
            _covered.Contains(day.Year)
                ? !_off.Contains(day) && (_working.Contains(day) || day.DayOfWeek < IsoDayOfWeek.Saturday)
                : throw new CalendarCoverageException("random", day.Year, 0, 0);

        public LocalDate AddWorkingDays(LocalDate start, int days)
        {
            var (day, counted) = (start, 0);
            while (counted < days)
            {
                day = day.PlusDays(1);
                counted += IsWorkingDay(day) ? 1 : 0;
            }

            return day;
        }

        public LocalDate OnOrNextWorkingDay(LocalDate day)
        {
            while (!IsWorkingDay(day))
            {
                day = day.PlusDays(1);
            }

            return day;
        }

        private static IEnumerable<LocalDate> Days(DateInterval interval)
        {
            for (var day = interval.Start; day <= interval.End; day = day.PlusDays(1))
            {
                yield return day;
            }
        }
    }
}
