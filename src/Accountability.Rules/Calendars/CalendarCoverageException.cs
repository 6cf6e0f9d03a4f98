using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Calendars;

/// <summary>Thrown when a working-day question concerns a year the calendar does not cover; never guessed from weekdays.</summary>
public sealed class CalendarCoverageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="calendarId">The calendar's id.</param>
    /// <param name="year">The year that is missing.</param>
    /// <param name="firstYear">The first year the calendar covers.</param>
    /// <param name="lastYear">The last year the calendar covers.</param>
    public CalendarCoverageException(string calendarId, int year, int firstYear, int lastYear)
        : base($"The working-day calendar '{calendarId}' has no data for {year}; it covers {firstYear}-{lastYear}. Add the year's State Council holiday notice to the calendar.")
    {
        CalendarId = calendarId;
        Year = year;
        Diagnostic = EvaluationDiagnostics.CalendarYearMissing.At(null, calendarId, year, firstYear, lastYear);
    }

    /// <summary>The problem as a diagnostic (ACR0902), without a location.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>The calendar's id.</summary>
    public string CalendarId { get; }

    /// <summary>The year that is missing.</summary>
    public int Year { get; }
}
