using Accountability.Rules.Facts;

namespace Accountability.Rules.CaseGeneration.Documents;

/// <summary>
/// Turns the input facts of a case back into a case document, each section as the catalogue
/// declares it (one mapping or a list; a nested section, such as a person's conduct, under its
/// parent entry; defaults written out), the sections in catalogue order. Reading the document gives
/// the same facts.
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
        foreach (var schema in FactCatalog.Standard.Types.Where(t => t.CaseSection is not null))
        {
            if (schema.Section!.Single)
            {
                if (facts.FirstOrDefault(f => f.Schema == schema) is { } single && Entry(single, facts) is { Entries.Count: > 0 } fields)
                {
                    document.Add(schema.CaseSection!, fields);
                }
            }
            else
            {
                document.Add(schema.CaseSection!, List(facts, schema.Name, fact => Entry(fact, facts)));
            }
        }

        Check(facts);
        return document;
    }

    /// <summary>A fact's fields (without the field that names its parent), and the sections nested in it.</summary>
    private static CaseMapping Entry(Fact fact, IReadOnlyCollection<Fact> facts)
    {
        var mapping = Fields(fact);
        var id = fact.Schema.TryGetField("id", out var idField) ? fact[idField.Index].AsNullableText : null;
        foreach (var child in FactCatalog.Standard.Types.Where(t => t.Section?.ParentType == fact.Schema.Name))
        {
            var section = child.Section!;
            var items = facts.Where(f => f.Schema == child && f[section.ParentField!].AsNullableText == id)
                .Select(f => (CaseNode)CaseScalar.Of(f[section.Shorthand!].AsText))
                .ToList();
            if (items.Count > 0)
            {
                mapping.Add(section.Key, new CaseSequence(items));
            }
        }

        return mapping;
    }

    private static CaseSequence? List(IEnumerable<Fact> facts, string type, Func<Fact, CaseMapping> item)
    {
        var items = facts.Where(f => f.Schema.Name == type).Select(f => (CaseNode)item(f)).ToList();
        return items.Count == 0 ? null : new CaseSequence(items);
    }

    /// <summary>A flow mapping of the fact's non-null fields (the field naming a parent left out).</summary>
    private static CaseMapping Fields(Fact fact)
    {
        var mapping = new CaseMapping { Flow = true };
        foreach (var field in fact.Schema.Fields.Where(f => f.Name != fact.Schema.Section?.ParentField))
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
        foreach (var fact in facts)
        {
            if (fact.Schema.Origin != FactOrigin.Input || (fact.Schema.Section is null && fact.Schema.Name != "case"))
            {
                throw new ArgumentException($"The fact cannot be written in a case file. Fact={fact}", nameof(facts));
            }

            if (fact.Schema.Section is { ParentType: { } parent, ParentField: { } field }
                && !facts.Any(p => p.Schema.Name == parent && p["id"].AsNullableText == fact[field].AsNullableText))
            {
                throw new ArgumentException($"A fact names a {parent} the case does not have. Fact={fact}", nameof(facts));
            }
        }
    }
}
