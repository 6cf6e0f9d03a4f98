using Accountability.Rules.CaseGeneration.Generation;
using Accountability.Rules.CaseGeneration.Profiles;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary>
/// The years a case's yearly figures and clues concern: the few years before the decision date,
/// kept where the calendar can shift their next year's deadlines, and now and then a year whose
/// deadline falls outside the calendar.
/// </summary>
internal static class LedgerYears
{
    /// <summary>Up to three consecutive years, latest first.</summary>
    /// <param name="context">The generation.</param>
    /// <param name="calendarYearsFrom">How many years after a year its first deadline falls: 0 when the year itself must be in the calendar, 1 when only the next.</param>
    public static List<int> Draw(GenerationContext context, int calendarYearsFrom)
    {
        var first = RuleSetProfile.CalendarStart.Year - calendarYearsFrom;
        var last = RuleSetProfile.CalendarEnd.Year - 1;
        if (context.Chance(0.03))
        {
            return [context.Chance(0.5) ? first - 1 : last + 1];
        }

        var latest = Math.Clamp(context.DecidedOn.Year - (context.Chance(0.8) ? 1 : 0), first, last);
        return [.. Enumerable.Range(Math.Max(first, latest - 2), Math.Min(3, latest - first + 1)).Reverse()];
    }
}
