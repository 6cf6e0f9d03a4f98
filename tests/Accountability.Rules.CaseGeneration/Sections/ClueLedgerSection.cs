using System.Collections.Immutable;
using System.Globalization;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Generation;
using NodaTime;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary>
/// <c>clues</c>, <c>companyYears</c>, <c>subsidiaryYears</c>, <c>escalationGrounds</c> and
/// <c>disciplinedPersons</c>, <c>responsiblePersons</c>: a clue ledger of every source, investigated directly or not, with or
/// without the date the investigation concluded (in a year with figures or not), rectified or not,
/// closed or not; yearly figures with zeros (三零) and without, annual reports submitted around their
/// due date and typical cases around the 30% minimum; escalation grounds on clues of the ledger and
/// on one it lacks; persons sanctioned by discipline organs and responsible persons, pursued or not, of every status.
/// </summary>
internal sealed class ClueLedgerSection : ISectionGenerator
{
    public ImmutableArray<string> Keys => ["clues", "companyYears", "subsidiaryYears", "escalationGrounds", "disciplinedPersons", "responsiblePersons"];

    public void Generate(GenerationContext context, CaseMapping sections)
    {
        var years = LedgerYears.Draw(context, calendarYearsFrom: 1);
        var investigated = new List<LocalDate>();
        var clueIds = new List<string>();
        if (context.Includes("clue"))
        {
            sections.Add("clues", Clues(context, years, clueIds, investigated));
        }

        if (context.Includes("companyYear"))
        {
            sections.Add("companyYears", CompanyYears(context, years, investigated));
        }

        if (context.Includes("subsidiaryYear"))
        {
            sections.Add("subsidiaryYears", SubsidiaryYears(context, years));
        }

        var grounds = context.Profile.Codes("escalationGrounds");
        if (grounds.Length > 0 && context.Includes("escalationGround"))
        {
            sections.Add("escalationGrounds", new CaseSequence(Enumerable.Range(0, context.Count(3)).Select(_ => (CaseNode)new CaseMapping { Flow = context.Chance(0.6) }
                .Add("clue", CaseScalar.Of(clueIds.Count > 0 && context.Chance(0.85) ? context.Pick(clueIds) : "XS-0000-99"))
                .Add("ground", context.Code(context.Pick(grounds)))
                .Add("note", context.Maybe(TextPool.Notes, 0.5)))));
        }

        if (context.Includes("disciplinedPerson"))
        {
            sections.Add("disciplinedPersons", DisciplinedPersons(context));
        }

        if (context.Includes("responsiblePerson"))
        {
            sections.Add("responsiblePersons", ResponsiblePersons(context));
        }
    }

    private static CaseSequence Clues(GenerationContext context, List<int> years, List<string> ids, List<LocalDate> investigated)
    {
        var sources = context.Profile.Codes("clueSources");
        var clues = new CaseSequence();
        var count = context.Count(12);
        for (var i = 1; i <= count; i++)
        {
            var year = context.Pick(years);
            var id = string.Create(CultureInfo.InvariantCulture, $"XS-{year}-{i:00}");
            ids.Add(id);
            var direct = context.Chance(0.75);
            var investigationYear = context.Chance(0.85) ? year : year + 1;
            LocalDate? investigatedOn = (direct ? context.Chance(0.85) : context.Chance(0.1))
                ? context.Between(new LocalDate(investigationYear, 1, 1), new LocalDate(investigationYear, 12, 31))
                : null;
            if (direct && investigatedOn is { } on)
            {
                investigated.Add(on);
            }

            var closed = context.Chance(0.6);
            clues.Add(new CaseMapping { Flow = context.Chance(0.5) }
                .Add("id", CaseScalar.Of(id))
                .Add("receivedOn", context.Date(context.Between(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))))
                .Add("source", sources.Length > 0 && context.Chance(0.85) ? context.Code(context.Pick(sources)) : null)
                .Add("subsidiary", context.Maybe(TextPool.Subsidiaries, 0.3))
                .Add("kind", context.Maybe(TextPool.ClueKinds, 0.2))
                .Add("directlyInvestigated", context.Boolean(direct))
                .Add("investigatedOn", investigatedOn is { } date ? context.Date(date) : null)
                .Add("rectificationComplete", context.Boolean(context.Chance(0.6)))
                .Add("closed", context.Boolean(closed))
                .Add("closedOn", context.Chance(closed ? 0.7 : 0.05) ? context.Date(context.Between(new LocalDate(year, 3, 1), new LocalDate(year + 1, 6, 30))) : null)
                .Add("description", context.Maybe(TextPool.ClueKinds, 0.4)));
        }

        return clues;
    }

    private static CaseSequence CompanyYears(GenerationContext context, List<int> years, List<LocalDate> investigated)
    {
        var entries = new CaseSequence();
        var chosen = context.Several(years, years.Count);
        foreach (var year in chosen.IsEmpty && context.Chance(0.7) ? [years[0]] : chosen)
        {
            var zero = context.Chance(0.3);
            var minimum = (int)Math.Ceiling(investigated.Count(d => d.Year == year) * 0.3);
            entries.Add(new CaseMapping { Flow = context.Chance(0.6) }
                .Add("year", context.Number(year))
                .Add("reports", context.Number(Figure(context, zero)))
                .Add("investigations", context.Number(Figure(context, zero)))
                .Add("accountabilities", context.Number(Figure(context, zero)))
                .Add("annualReportSubmittedOn", context.Chance(0.7) ? context.Date(context.Near(new LocalDate(year + 1, 1, 31), 10, 15)) : null)
                .Add("typicalCasesReported", context.Chance(0.7) ? context.Number(Math.Max(0, minimum + context.Between(-1, 1))) : null));
        }

        return entries;
    }

    private static CaseSequence SubsidiaryYears(GenerationContext context, List<int> years)
    {
        var entries = new CaseSequence();
        for (var i = context.Count(3); i > 0; i--)
        {
            var zero = context.Chance(0.45);
            entries.Add(new CaseMapping { Flow = context.Chance(0.6) }
                .Add("subsidiary", CaseScalar.Of(context.Pick(TextPool.Subsidiaries)))
                .Add("year", context.Number(context.Pick(years)))
                .Add("reports", context.Number(Figure(context, zero)))
                .Add("investigations", context.Number(Figure(context, zero)))
                .Add("accountabilities", context.Number(Figure(context, zero)))
                .Add("problemsReflected", context.Boolean(context.Chance(0.5))));
        }

        return entries;
    }

    private static CaseSequence DisciplinedPersons(GenerationContext context)
    {
        var statuses = context.Profile.Codes("personStatuses");
        var entries = new CaseSequence();
        var count = context.Count(3);
        for (var i = 1; i <= count; i++)
        {
            entries.Add(new CaseMapping { Flow = context.Chance(0.6) }
                .Add("id", CaseScalar.Of("DP" + i.ToString(CultureInfo.InvariantCulture)))
                .Add("name", context.Maybe(TextPool.PersonNames, 0.6))
                .Add("sanction", CaseScalar.Of(context.Pick(TextPool.DisciplineSanctions)))
                .Add("accountabilityPursued", context.Boolean(context.Chance(0.5)))
                .Add("status", statuses.Length > 0 && context.Chance(0.6) ? context.Code(context.Pick(statuses)) : null));
        }

        return entries;
    }

    private static CaseSequence ResponsiblePersons(GenerationContext context)
    {
        var statuses = context.Profile.Codes("personStatuses");
        var entries = new CaseSequence();
        var count = context.Count(3);
        for (var i = 1; i <= count; i++)
        {
            entries.Add(new CaseMapping { Flow = context.Chance(0.6) }
                .Add("id", CaseScalar.Of("RP" + i.ToString(CultureInfo.InvariantCulture)))
                .Add("name", context.Maybe(TextPool.PersonNames, 0.6))
                .Add("accountabilityPursued", context.Boolean(context.Chance(0.5)))
                .Add("status", statuses.Length > 0 && context.Chance(0.6) ? context.Code(context.Pick(statuses)) : null));
        }

        return entries;
    }

    /// <summary>A yearly figure: zero for a 三零 year, else mostly a small count, now and then zero.</summary>
    private static int Figure(GenerationContext context, bool zero) => zero || context.Chance(0.15) ? 0 : context.Between(1, 20);
}
