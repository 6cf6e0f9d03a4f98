using System.Collections.Immutable;

namespace Accountability.Rules.Calendars;

/// <summary>One covered year of a calendar, with the notice that sets it.</summary>
/// <param name="Year">The year.</param>
/// <param name="Source">The notice, e.g. 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号).</param>
/// <param name="Holidays">The holiday arrangements.</param>
public sealed record CalendarYear(int Year, string Source, ImmutableArray<CalendarHoliday> Holidays);
