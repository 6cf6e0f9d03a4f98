using System.Collections.Immutable;
using NodaTime;
using Accountability.Rules.Model;

namespace Accountability.Rules.Calendars;

/// <summary>One holiday arrangement of a year: the days off and the weekend days made working days (调休).</summary>
/// <param name="Name">The holiday's name, e.g. 春节.</param>
/// <param name="DaysOff">The days off, as inclusive ranges.</param>
/// <param name="WorkingDays">Weekend days that are working days because of this holiday.</param>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record CalendarHoliday(string Name, ImmutableArray<DateInterval> DaysOff, ImmutableArray<LocalDate> WorkingDays)
{
    /// <inheritdoc />
    public bool Equals(CalendarHoliday? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Name == other.Name
            && StructuralEquality.Equal(DaysOff, other.DaysOff)
            && StructuralEquality.Equal(WorkingDays, other.WorkingDays));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, StructuralEquality.Hash(DaysOff), StructuralEquality.Hash(WorkingDays));
}
