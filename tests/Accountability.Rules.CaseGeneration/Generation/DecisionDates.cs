using Accountability.Rules.CaseGeneration.Profiles;
using NodaTime;

namespace Accountability.Rules.CaseGeneration.Generation;

/// <summary>
/// Draws a case's decision date: mostly within the ruleset's period in force, sometimes before it
/// (the case is then not evaluated), on its first day, on and around every date the rules compare
/// with, and now and then past the working-day calendar.
/// </summary>
internal static class DecisionDates
{
    public static LocalDate Draw(GenerationContext context)
    {
        var from = context.Profile.Definition.InForceFrom;
        var dates = context.Profile.Constants.Dates;
        var roll = context.Random.NextDouble();
        return roll switch
        {
            < 0.02 => from.PlusDays(-1),
            < 0.06 => from.PlusDays(-context.Between(2, 1100)),
            < 0.09 => from,
            < 0.17 when dates.Length > 0 => context.Pick(dates).PlusDays(context.Between(-1, 1)),
            < 0.19 => context.Between(RuleSetProfile.CalendarEnd.PlusDays(1), RuleSetProfile.CalendarEnd.PlusYears(2)),
            _ => context.Between(from, context.Profile.InForceEnd),
        };
    }
}
