using System.Collections.Immutable;
using System.Globalization;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Generation;
using Accountability.Rules.CaseGeneration.Profiles;
using NodaTime;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary>
/// <c>interviews</c>, <c>matters</c> and <c>rectifications</c>: interviews held on working days,
/// rest days and around the holidays of the calendar (now and then outside it), with any of their
/// particulars; matters under each trigger at one or several enterprises, some at a subsidiary naming its group (individual and collective
/// interviews), especially major or not, of an excluded kind now and then, assigned to an
/// interview, to none or to one the case does not have; rectifications of every outcome.
/// </summary>
internal sealed class InterviewSection : ISectionGenerator
{
    private static readonly ImmutableArray<(string Key, ImmutableArray<string> Pool)> Particulars =
    [
        ("place", TextPool.Places), ("organiser", TextPool.Organisers), ("host", TextPool.Hosts),
        ("interviewees", TextPool.Interviewees), ("noticeNumber", TextPool.NoticeNumbers), ("contact", TextPool.Contacts),
        ("phone", TextPool.Phones), ("copiedTo", TextPool.CopiedTo), ("recorder", TextPool.People),
        ("participants", TextPool.People), ("jointParticipants", TextPool.People), ("attendees", TextPool.People),
    ];

    public ImmutableArray<string> Keys => ["interviews", "matters", "rectifications"];

    public void Generate(GenerationContext context, CaseMapping sections)
    {
        if (!context.Includes("interview"))
        {
            return;
        }

        var ids = new List<string>();
        var interviews = new CaseSequence();
        var count = context.Count(3);
        for (var i = 1; i <= count; i++)
        {
            var id = "I" + i.ToString(CultureInfo.InvariantCulture);
            ids.Add(id);
            interviews.Add(Interview(context, id));
        }

        var matters = Matters(context, ids);
        var rectifications = Rectifications(context, ids);
        foreach (var (key, node) in new (string, CaseSequence?)[] { ("matters", matters), ("interviews", interviews), ("rectifications", rectifications) }.OrderBy(_ => context.Random.Next()))
        {
            sections.Add(key, node);
        }
    }

    private static CaseMapping Interview(GenerationContext context, string id)
    {
        var heldOn = HeldOn(context);
        var interview = new CaseMapping { Flow = context.Chance(0.3) }
            .Add("id", CaseScalar.Of(id))
            .Add("heldOn", context.Date(heldOn))
            .Add("time", context.Chance(0.5) ? CaseScalar.Of(context.Pick(context.Chance(0.9) ? TextPool.Times : TextPool.MalformedTimes)) : null)
            .Add("materialsDue", context.Chance(0.4) ? context.Date(heldOn.PlusDays(-context.Between(1, 10))) : null);
        foreach (var (key, pool) in Particulars)
        {
            interview.Add(key, context.Maybe(pool, 0.45));
        }

        return interview;
    }

    /// <summary>Near the decision date, often around a holiday, mostly within the calendar's years.</summary>
    private static LocalDate HeldOn(GenerationContext context)
    {
        var year = Math.Clamp(context.DecidedOn.Year, RuleSetProfile.CalendarStart.Year, RuleSetProfile.CalendarEnd.Year);
        return context.Random.NextDouble() switch
        {
            < 0.03 => context.Between(RuleSetProfile.CalendarEnd.PlusDays(-20), RuleSetProfile.CalendarEnd.PlusDays(40)),
            < 0.05 => context.Between(RuleSetProfile.CalendarStart.PlusDays(-40), RuleSetProfile.CalendarStart.PlusDays(5)),
            < 0.2 => context.Between(new LocalDate(year, 9, 24), new LocalDate(year, 10, 8)),
            < 0.35 => context.Between(new LocalDate(year, 1, 15), new LocalDate(year, 2, 25)),
            < 0.45 => context.Between(new LocalDate(year, 4, 25), new LocalDate(year, 5, 6)),
            _ => Clamp(context.Near(context.DecidedOn, 90, 20)),
        };
    }

    private static LocalDate Clamp(LocalDate day) =>
        day < RuleSetProfile.CalendarStart ? RuleSetProfile.CalendarStart : day > RuleSetProfile.CalendarEnd.PlusDays(-20) ? RuleSetProfile.CalendarEnd.PlusDays(-20) : day;

    private static CaseSequence? Matters(GenerationContext context, List<string> interviews)
    {
        var triggers = context.Profile.Codes("triggers");
        if (triggers.IsEmpty || !context.Includes("interviewMatter"))
        {
            return null;
        }

        var circumstances = context.Profile.Codes("circumstances");
        var enterprises = TextPool.Enterprises.Take(context.Between(1, 3)).ToList();
        var matters = new CaseSequence();
        var count = context.Count(4);
        for (var i = 1; i <= count; i++)
        {
            // A matter at a subsidiary (权属企业) names its group, one of the case's city-owned enterprises.
            var group = context.Chance(0.3) ? context.Pick(enterprises) : null;
            matters.Add(new CaseMapping { Flow = context.Chance(0.4) }
                .Add("id", CaseScalar.Of("M" + i.ToString(CultureInfo.InvariantCulture)))
                .Add("enterprise", CaseScalar.Of(group is null ? context.Pick(enterprises) : group + "权属子企业"))
                .Add("group", group is null ? null : CaseScalar.Of(group))
                .Add("trigger", context.Code(context.Pick(triggers)))
                .Add("description", context.Maybe(TextPool.MatterDescriptions, 0.6))
                .Add("especiallyMajor", context.Chance(0.6) ? context.Boolean(context.Chance(0.4)) : null)
                .Add("circumstance", circumstances.Length > 0 && context.Chance(0.12) ? context.Code(context.Pick(circumstances)) : null)
                .Add("interview", Reference(context, interviews, 0.8)));
        }

        return matters;
    }

    private static CaseSequence? Rectifications(GenerationContext context, List<string> interviews)
    {
        var outcomes = context.Profile.Codes("rectificationOutcomes");
        if (outcomes.IsEmpty || !context.Includes("rectification"))
        {
            return null;
        }

        var rectifications = new CaseSequence();
        for (var i = context.Count(3); i > 0; i--)
        {
            rectifications.Add(new CaseMapping { Flow = context.Chance(0.5) }
                .Add("interview", Reference(context, interviews, 1.0) ?? CaseScalar.Of("I1"))
                .Add("enterprise", context.Maybe(TextPool.Enterprises, 0.3))
                .Add("outcome", context.Code(context.Pick(outcomes)))
                .Add("note", context.Maybe(TextPool.Notes, 0.3)));
        }

        return rectifications;
    }

    /// <summary>An interview id of the case, one it does not have (rarely), or none.</summary>
    private static CaseScalar? Reference(GenerationContext context, List<string> interviews, double probability)
    {
        if (!context.Chance(probability))
        {
            return null;
        }

        return interviews.Count == 0 || context.Chance(0.05) ? CaseScalar.Of("I9") : CaseScalar.Of(context.Pick(interviews));
    }
}
