using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Generation;
using NodaTime;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary>
/// <c>disciplineSanctions</c>: sanctions with influence periods equal to, shorter and longer than
/// the ruleset's promotion restrictions, in months, years, weeks or days.
/// </summary>
internal sealed class DisciplineSection : ISectionGenerator
{
    private static readonly ImmutableArray<Period> Periods =
    [
        Period.FromMonths(6), Period.FromYears(1), Period.FromMonths(12), Period.FromMonths(18), Period.FromYears(2),
        Period.FromMonths(24), Period.FromYears(3), Period.FromYears(5), Period.FromDays(30), Period.FromWeeks(26),
        Period.FromYears(1) + Period.FromMonths(6), Period.Zero,
    ];

    public ImmutableArray<string> Keys => ["disciplineSanctions"];

    public void Generate(GenerationContext context, CaseMapping sections)
    {
        if (context.PersonIds.Count == 0 || !context.Includes("disciplineSanction"))
        {
            return;
        }

        var sanctions = new CaseSequence();
        for (var i = context.Count(3); i > 0; i--)
        {
            sanctions.Add(new CaseMapping { Flow = context.Chance(0.6) }
                .Add("person", CaseScalar.Of(context.Pick(context.PersonIds)))
                .Add("sanction", CaseScalar.Of(context.Pick(TextPool.DisciplineSanctions)))
                .Add("on", context.Date(DecisionSection.DecisionDay(context)))
                .Add("influencePeriod", CaseScalar.Of(context.Pick(Periods))));
        }

        sections.Add("disciplineSanctions", sanctions);
    }
}
