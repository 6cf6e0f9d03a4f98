using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Generation;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary><c>enterprise</c>: absent, empty, or with any of id, name, level and the planned prior-year-end total assets.</summary>
internal sealed class EnterpriseSection : ISectionGenerator
{
    private static readonly ImmutableArray<string> Levels = ["group", "subsidiary"];

    public ImmutableArray<string> Keys => ["enterprise"];

    public void Generate(GenerationContext context, CaseMapping sections)
    {
        var roll = context.Random.NextDouble();
        if (roll < 0.08)
        {
            return;
        }

        var enterprise = new CaseMapping { Flow = context.Chance(0.3) };
        if (roll >= 0.11)
        {
            enterprise
                .Add("id", context.Maybe(TextPool.EnterpriseIds, 0.7))
                .Add("name", context.Maybe(TextPool.EnterpriseNames, 0.5))
                .Add("level", context.Chance(0.75) ? context.Code(context.Pick(Levels)) : null)
                .Add("priorYearEndTotalAssets", context.Assets is { } assets ? context.Number(assets) : null);
        }

        sections.Add("enterprise", enterprise);
    }
}
