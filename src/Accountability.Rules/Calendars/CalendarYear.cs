using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Calendars;

/// <summary>One covered year of a calendar, with the notice that sets it.</summary>
/// <param name="Year">The year.</param>
/// <param name="Source">The notice, e.g. 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号).</param>
/// <param name="Holidays">The holiday arrangements.</param>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record CalendarYear(int Year, string Source, ImmutableArray<CalendarHoliday> Holidays)
{
    /// <inheritdoc />
    public bool Equals(CalendarYear? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Year == other.Year
            && Source == other.Source
            && StructuralEquality.Equal(Holidays, other.Holidays));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Source, StructuralEquality.Hash(Holidays));
}
