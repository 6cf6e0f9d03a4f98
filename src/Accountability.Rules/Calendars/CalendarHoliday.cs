using System.Collections.Immutable;
using NodaTime;

namespace Accountability.Rules.Calendars;

/// <summary>One holiday arrangement of a year: the days off and the weekend days made working days (调休).</summary>
/// <param name="Name">The holiday's name, e.g. 春节.</param>
/// <param name="DaysOff">The days off, as inclusive ranges.</param>
/// <param name="WorkingDays">Weekend days that are working days because of this holiday.</param>
public sealed record CalendarHoliday(string Name, ImmutableArray<DateInterval> DaysOff, ImmutableArray<LocalDate> WorkingDays);
