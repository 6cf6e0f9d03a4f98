using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Generation;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary><c>circumstances</c>: the ruleset's circumstance codes (scope flags among them), as a bare code or with a note.</summary>
internal sealed class CircumstanceSection : ISectionGenerator
{
    public ImmutableArray<string> Keys => ["circumstances"];

    public void Generate(GenerationContext context, CaseMapping sections)
    {
        var codes = context.Profile.Codes("circumstances");
        if (codes.IsEmpty || !context.Includes("circumstance") || context.Chance(0.3))
        {
            return;
        }

        var circumstances = new CaseSequence();
        foreach (var code in context.Several(codes, 2))
        {
            circumstances.Add(context.Chance(0.5)
                ? context.Code(code)
                : new CaseMapping { Flow = context.Chance(0.5) }.Add("code", context.Code(code)).Add("note", context.Maybe(TextPool.Notes, 0.6)));
        }

        sections.Add("circumstances", circumstances);
    }
}
