using Accountability.Rules.Facts;

namespace Accountability.Rules.CaseGeneration.Documents;

/// <summary>
/// Turns the input facts of a case back into a case document: the fixed sections as the case
/// loader reads them (conduct under its person, defaults written out), the generic sections of the
/// fact catalogue in the order their facts come. Reading the document gives the same facts.
/// </summary>
internal static class FactDocument
{
    public static CaseMapping From(CaseRepro repro)
    {
        var facts = repro.Facts;
        var caseFact = facts.FirstOrDefault(f => f.Schema.Name == "case")
            ?? throw new ArgumentException("A case needs its case fact, which names the ruleset.", nameof(repro));
        var document = new CaseMapping()
            .Add("ruleset", CaseScalar.Of(caseFact["ruleset"].AsNullableText ?? throw new ArgumentException("The case fact names no ruleset.", nameof(repro))))
            .Add("decidedOn", CaseScalar.Of(repro.DecidedOn));
        if (facts.FirstOrDefault(f => f.Schema.Name == "enterprise") is { } enterprise && Fields(enterprise) is { Entries.Count: > 0 } fields)
        {
            document.Add("enterprise", fields);
        }

        document.Add("losses", List(facts, "loss", Fields));
        document.Add("persons", List(facts, "person", person => Person(person, facts)));
        document.Add("factors", List(facts, "factor", Fields));
        document.Add("decisions", List(facts, "decision", Fields));
        document.Add("disciplineSanctions", List(facts, "disciplineSanction", Fields));
        document.Add("concurrentDeductions", List(facts, "concurrentDeduction", Fields));
        document.Add("circumstances", List(facts, "circumstance", Fields));
        foreach (var schema in facts.Select(f => f.Schema).Where(s => s.CaseSection is not null).Distinct())
        {
            document.Add(schema.CaseSection!, List(facts, schema.Name, Fields));
        }

        Check(facts);
        return document;
    }

    private static CaseMapping Person(Fact person, IEnumerable<Fact> facts)
    {
        var id = person["id"].AsText;
        var mapping = Fields(person);
        var conduct = facts.Where(f => f.Schema.Name == "conduct" && f["person"].AsText == id).Select(f => (CaseNode)CaseScalar.Of(f["code"].AsText)).ToList();
        return conduct.Count > 0 ? mapping.Add("conduct", new CaseSequence(conduct)) : mapping;
    }

    private static CaseSequence? List(IEnumerable<Fact> facts, string type, Func<Fact, CaseMapping> item)
    {
        var items = facts.Where(f => f.Schema.Name == type).Select(f => (CaseNode)item(f)).ToList();
        return items.Count == 0 ? null : new CaseSequence(items);
    }

    /// <summary>A flow mapping of the fact's non-null fields.</summary>
    private static CaseMapping Fields(Fact fact)
    {
        var mapping = new CaseMapping { Flow = true };
        foreach (var field in fact.Schema.Fields)
        {
            var value = fact[field.Index];
            mapping.Add(field.Name, value.IsNull ? null : value.Kind switch
            {
                ValueKind.Number => CaseScalar.Of(value.AsNumber),
                ValueKind.Boolean => CaseScalar.Of(value.AsBoolean),
                ValueKind.Date => CaseScalar.Of(value.AsDate),
                ValueKind.Period => CaseScalar.Of(value.AsPeriod),
                ValueKind.TextList => new CaseSequence(value.AsTextList.Select(t => (CaseNode)CaseScalar.Of(t))),
                _ => CaseScalar.Of(value.AsText),
            });
        }

        return mapping;
    }

    /// <summary>Throws for facts a case file cannot state.</summary>
    private static void Check(IReadOnlyCollection<Fact> facts)
    {
        string[] fixedTypes = ["case", "enterprise", "loss", "person", "conduct", "factor", "decision", "disciplineSanction", "concurrentDeduction", "circumstance"];
        var persons = facts.Where(f => f.Schema.Name == "person").Select(f => f["id"].AsText).ToHashSet(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (fact.Schema.Origin != FactOrigin.Input || (fact.Schema.CaseSection is null && !fixedTypes.Contains(fact.Schema.Name)))
            {
                throw new ArgumentException($"The fact cannot be written in a case file. Fact={fact}", nameof(facts));
            }

            if (fact.Schema.Name == "conduct" && !persons.Contains(fact["person"].AsText))
            {
                throw new ArgumentException($"A conduct fact names a person the case does not have. Fact={fact}", nameof(facts));
            }
        }
    }
}
