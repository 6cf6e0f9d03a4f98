using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Generation;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary>
/// <c>decisions</c>: measures of the ruleset decided for persons, on the decision date, near it, or
/// on a month's last day (where periods counted by months end on a shorter month's last day).
/// </summary>
internal sealed class DecisionSection : ISectionGenerator
{
    public ImmutableArray<string> Keys => ["decisions"];

    public void Generate(GenerationContext context, CaseMapping sections)
    {
        var measures = context.Profile.Codes("measures");
        if (measures.IsEmpty || context.PersonIds.Count == 0 || !context.Includes("decision"))
        {
            return;
        }

        var decisions = new CaseSequence();
        for (var i = context.Count(4); i > 0; i--)
        {
            decisions.Add(new CaseMapping { Flow = context.Chance(0.6) }
                .Add("person", CaseScalar.Of(context.Pick(context.PersonIds)))
                .Add("measure", context.Code(context.Pick(measures)))
                .Add("on", context.Date(DecisionDay(context))));
        }

        sections.Add("decisions", decisions);
    }

    /// <summary>A day a measure or sanction is decided: the decision date, near it, or a month's end near it.</summary>
    public static NodaTime.LocalDate DecisionDay(GenerationContext context)
    {
        var day = context.DecidedOn;
        return context.Random.NextDouble() switch
        {
            < 0.4 => day,
            < 0.75 => context.Near(day, 90, 30),
            _ => MonthEnd(day.PlusMonths(context.Between(-6, 1))),
        };
    }

    private static NodaTime.LocalDate MonthEnd(NodaTime.LocalDate day) =>
        new(day.Year, day.Month, day.Calendar.GetDaysInMonth(day.Year, day.Month));
}
