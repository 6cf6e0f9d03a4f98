using System.Collections.Immutable;
using System.Globalization;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Generation;
using NodaTime;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary>
/// <c>fiscalYears</c>, <c>disclosures</c> and <c>majorMatters</c>: fiscal years before the decision
/// date; disclosures of every kind published on, just before and after and well after the end of
/// the period the text sets (budget by 30 April, mid-year by 31 August, annual by 30 June of the
/// next year), for listed years and now and then an unlisted one, reviewed for confidentiality or
/// not or not stated; major matters of every kind, reported alone, together in one report, or not.
/// </summary>
internal sealed class DisclosureSection : ISectionGenerator
{
    private static readonly ImmutableArray<string> Reports = ["R-01", "R-02", "R-07"];

    public ImmutableArray<string> Keys => ["fiscalYears", "disclosures", "majorMatters"];

    public void Generate(GenerationContext context, CaseMapping sections)
    {
        var years = LedgerYears.Draw(context, calendarYearsFrom: 0);
        var listed = context.Several(years, years.Count);
        if (context.Includes("fiscalYear"))
        {
            sections.Add("fiscalYears", new CaseSequence(listed.Select(y => (CaseNode)new CaseMapping { Flow = context.Chance(0.7) }.Add("year", context.Number(y)))));
        }

        var kinds = context.Profile.Codes("disclosureKinds");
        if (kinds.Length > 0 && context.Includes("disclosure"))
        {
            sections.Add("disclosures", Disclosures(context, years, kinds));
        }

        var matterKinds = context.Profile.Codes("majorMatterKinds");
        if (matterKinds.Length > 0 && context.Includes("majorMatter"))
        {
            sections.Add("majorMatters", Matters(context, matterKinds));
        }
    }

    private static CaseSequence Disclosures(GenerationContext context, List<int> years, ImmutableArray<string> kinds)
    {
        var entries = new CaseSequence();
        var concerned = context.Chance(0.1) ? [.. years, years[^1] - 1] : years;
        foreach (var year in concerned)
        {
            foreach (var kind in kinds.Where(_ => context.Chance(0.7)))
            {
                var entry = Disclosure(context, year, kind);
                entries.Add(entry);
                if (context.Chance(0.03))
                {
                    entries.Add(Disclosure(context, year, kind));
                }
            }
        }

        return entries;
    }

    private static CaseMapping Disclosure(GenerationContext context, int year, string kind)
    {
        var periodEnd = kind switch
        {
            "budget" => new LocalDate(year, 4, 30),
            "mid-year" => new LocalDate(year, 8, 31),
            "annual" => new LocalDate(year + 1, 6, 30),
            _ => new LocalDate(year, 12, 31),
        };
        var published = context.Random.NextDouble() switch
        {
            < 0.15 => periodEnd,
            < 0.6 => context.Near(periodEnd, 30, 10),
            < 0.85 => context.Near(periodEnd, 3, 8),
            _ => context.Near(periodEnd, 0, 200),
        };
        return new CaseMapping { Flow = context.Chance(0.6) }
            .Add("fiscalYear", context.Number(year))
            .Add("kind", context.Code(kind))
            .Add("publishedOn", context.Date(published))
            .Add("confidentialityReviewed", context.Chance(0.8) ? context.Boolean(context.Chance(0.75)) : null);
    }

    private static CaseSequence Matters(GenerationContext context, ImmutableArray<string> kinds)
    {
        var reports = Reports.Take(context.Between(1, 3)).ToList();
        var matters = new CaseSequence();
        var count = context.Count(5);
        for (var i = 1; i <= count; i++)
        {
            matters.Add(new CaseMapping { Flow = context.Chance(0.6) }
                .Add("id", CaseScalar.Of("M" + i.ToString(CultureInfo.InvariantCulture)))
                .Add("kind", context.Code(context.Pick(kinds)))
                .Add("enterprise", context.Maybe(TextPool.Enterprises, 0.6))
                .Add("report", context.Chance(0.6) ? CaseScalar.Of(context.Pick(reports)) : null)
                .Add("description", context.Maybe(TextPool.MatterDescriptions, 0.5)));
        }

        return matters;
    }
}
