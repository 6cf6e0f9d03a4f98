using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Generation;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary><c>noPerformanceSalary</c>: persons of the case who no longer draw performance salary.</summary>
internal sealed class NoPerformanceSalarySection : ISectionGenerator
{
    public ImmutableArray<string> Keys => ["noPerformanceSalary"];

    public void Generate(GenerationContext context, CaseMapping sections)
    {
        if (context.PersonIds.Count == 0 || !context.Includes("noPerformanceSalary"))
        {
            return;
        }

        var entries = new CaseSequence();
        foreach (var person in context.Several(context.PersonIds, 2))
        {
            entries.Add(new CaseMapping { Flow = context.Chance(0.5) }
                .Add("person", CaseScalar.Of(person))
                .Add("note", context.Maybe(TextPool.NoSalaryNotes, 0.5)));
        }

        sections.Add("noPerformanceSalary", entries);
    }
}
