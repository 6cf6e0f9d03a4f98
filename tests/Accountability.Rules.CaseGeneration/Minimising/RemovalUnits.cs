using System.Collections.Immutable;

namespace Accountability.Rules.CaseGeneration.Minimising;

/// <summary>
/// The parts of a case the minimiser may remove, each a set of fact positions that leaves a case a
/// file can still state: any fact but the case and the enterprise (which every loaded case has),
/// and a person together with its conduct and every fact that names it.
/// </summary>
internal static class RemovalUnits
{
    private static readonly ImmutableArray<string> Kept = ["case", "enterprise"];

    public static List<ImmutableArray<int>> Of(CaseRepro repro)
    {
        var facts = repro.Facts;
        var units = new List<ImmutableArray<int>>();
        for (var i = 0; i < facts.Length; i++)
        {
            var schema = facts[i].Schema;
            if (Kept.Contains(schema.Name))
            {
                continue;
            }

            if (schema.Name == "person")
            {
                var id = facts[i]["id"].AsText;
                units.Add([i, .. Enumerable.Range(0, facts.Length).Where(j => j != i && NamesPerson(facts[j], id))]);
            }
            else
            {
                units.Add([i]);
            }
        }

        return units;
    }

    private static bool NamesPerson(Facts.Fact fact, string id) =>
        fact.Schema.Name != "person" && fact.Schema.TryGetField("person", out var field) && fact[field.Index] is { IsNull: false } value
        && value.Kind == Facts.ValueKind.Text && value.AsText == id;
}
