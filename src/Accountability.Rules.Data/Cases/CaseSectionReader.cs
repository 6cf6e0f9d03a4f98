using System.Collections.Immutable;
using System.Globalization;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// Reads a generic case section: the top-level list a fact type declares with
/// <see cref="FactSchema.CaseSection"/>, one mapping per fact whose keys are the type's field
/// names, each typed by its field's kind. Optional fields may be left out; required ones are
/// reported when missing; unknown keys are reported with the allowed list. A field named
/// <c>id</c> must be unique within the section, and a field named <c>person</c> must name a
/// person of the case. Code-list values are checked later, against the ruleset
/// (<see cref="CaseValidator"/>).
/// </summary>
internal static class CaseSectionReader
{
    /// <summary>The fact types of a catalogue that case files state as generic sections, in catalogue order.</summary>
    public static ImmutableArray<FactSchema> SectionTypes(FactCatalog catalog) =>
        [.. catalog.Types.Where(t => t.Origin == FactOrigin.Input && t.CaseSection is not null)];

    /// <summary>Reads one section; entries with errors are left out (and reported).</summary>
    public static ImmutableArray<(Fact, FactSource)> Read(YamlNode node, FactSchema schema, CaseContext context)
    {
        var section = schema.CaseSection!;
        if (node is YamlScalar { IsNull: true })
        {
            return [];
        }

        var ids = new IdRegistry($"{schema.Name} id", context.Errors);
        var keys = schema.Fields.Select(f => f.Name).ToImmutableArray();
        var facts = ImmutableArray.CreateBuilder<(Fact, FactSource)>();
        foreach (var entry in MappingReader.Each(node, section, keys, context.Errors))
        {
            var mark = context.Errors.Reported;
            var fact = new CaseFactBuilder(schema, entry.Start);
            foreach (var field in schema.Fields)
            {
                ReadField(entry, fact, field, context, ids);
            }

            if (context.Errors.Reported == mark)
            {
                facts.Add(fact.Build());
            }
        }

        return facts.ToImmutable();
    }

    private static void ReadField(MappingReader entry, CaseFactBuilder fact, FieldSchema field, CaseContext context, IdRegistry ids)
    {
        var errors = context.Errors;
        var node = field.Optional ? entry.Optional(field.Name) : entry.Required(field.Name);
        if (node is null || (field.Optional && node is YamlScalar { IsNull: true }))
        {
            return;
        }

        var path = entry.PathOf(field.Name);
        switch (field.Kind)
        {
            case ValueKind.Number or ValueKind.Boolean or ValueKind.Date or ValueKind.Period:
                if (ReadValue(node, path, field.Kind, errors) is { } value)
                {
                    fact.Set(field.Name, value, node.Start);
                }

                break;
            case ValueKind.TextList:
                if (YamlValues.ScalarList(node, path, errors) is { } items)
                {
                    fact.Set(field.Name, Value.Of([.. items.Select(i => i.Value)]), node.Start);
                    for (var i = 0; i < items.Length; i++)
                    {
                        fact.At(ItemKey(field.Name, i), items[i].Start);
                    }
                }

                break;
            default:
                if (YamlValues.Scalar(node, path, errors) is { } scalar)
                {
                    fact.Set(field.Name, Value.Of(scalar.Value), scalar.Start);
                    if (field.Name == "id")
                    {
                        ids.Register(scalar.Value, scalar.Start);
                    }
                    else if (field.Name == "person")
                    {
                        References.Check(scalar, context.PersonIds.Ids, "person", "persons in this case", errors);
                    }
                }

                break;
        }
    }

    /// <summary>A number, boolean, date or period value; <c>null</c> when malformed (reported).</summary>
    private static Value? ReadValue(YamlNode node, string path, ValueKind kind, LoadErrors errors) => kind switch
    {
        ValueKind.Number => YamlValues.Number(node, path, errors, allowQuoted: true) is { } number ? Value.Of(number) : null,
        ValueKind.Boolean => YamlValues.Boolean(node, path, errors) is { } flag ? Value.Of(flag) : null,
        ValueKind.Date => YamlValues.Date(node, path, errors) is { } date ? Value.Of(date) : null,
        _ => YamlValues.Period(node, path, errors) is { } period ? Value.Of(period) : null,
    };

    /// <summary>The key under which the position of a list item is kept, e.g. <c>triggers[1]</c>.</summary>
    public static string ItemKey(string field, int index) => field + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
