using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Generation;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary><c>factors</c>: factor codes of the ruleset, case-wide or for one person.</summary>
internal sealed class FactorSection : ISectionGenerator
{
    public ImmutableArray<string> Keys => ["factors"];

    public void Generate(GenerationContext context, CaseMapping sections)
    {
        var codes = context.Profile.Codes("factors");
        if (codes.IsEmpty || !context.Includes("factor"))
        {
            return;
        }

        var factors = new CaseSequence();
        foreach (var code in context.Several(codes, 4))
        {
            factors.Add(new CaseMapping { Flow = context.Chance(0.5) }
                .Add("code", context.Code(code))
                .Add("person", context.PersonIds.Count > 0 && context.Chance(0.55) ? CaseScalar.Of(context.Pick(context.PersonIds)) : null));
        }

        sections.Add("factors", factors);
    }
}
