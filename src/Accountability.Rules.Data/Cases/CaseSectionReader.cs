using System.Collections.Immutable;
using System.Globalization;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// Reads the case sections of a catalogue, each the one way its fact type declares
/// (<see cref="FactSchema.Section"/>, <see cref="FieldSchema.Input"/>): a list of mappings whose keys
/// are the type's field names (or one mapping; items may be plain scalars where the section has a
/// shorthand field), nested sections inside their parent's entries, every field typed by its kind,
/// fixed vocabularies and number ranges checked, defaults filled in. Optional fields may be left
/// out; required ones are reported when missing; unknown keys are reported with the allowed list.
/// A field named <c>id</c> must be unique among the facts of its type, and a field named
/// <c>person</c> must name a person of the case (checked by <see cref="CaseContext.CheckReferences"/>
/// once every section is read). Codes of ruleset code lists are checked against the ruleset the case
/// is evaluated under (<see cref="CaseValidator"/>). An entry with an error is left out (and reported).
/// </summary>
internal static class CaseSectionReader
{
    /// <summary>The fact types of a catalogue that case files state in a top-level section, in catalogue order.</summary>
    public static ImmutableArray<FactSchema> SectionTypes(FactCatalog catalog) => CaseLayout.Of(catalog).SectionTypes;

    /// <summary>Reads a top-level section and the sections nested in its entries into <see cref="CaseContext.Facts"/>.</summary>
    /// <param name="node">The section's value; <c>null</c> when the case does not have the key.</param>
    /// <param name="layout">The section's layout.</param>
    /// <param name="absentAt">Where a one-mapping section the case leaves out is taken to be written.</param>
    /// <param name="context">The load's errors, facts and ids.</param>
    public static void Read(YamlNode? node, CaseLayout.SectionLayout layout, YamlPosition absentAt, CaseContext context)
    {
        var schema = layout.Schema;
        var section = schema.Section!;
        if (section.Single)
        {
            var mapping = node is null or YamlScalar { IsNull: true } ? null : YamlValues.Mapping(node, section.Key, context.Errors);
            if (mapping is null && node is not null and not YamlScalar { IsNull: true })
            {
                return;
            }

            ReadEntry(mapping, node?.Position ?? absentAt, layout, null, context);
            return;
        }

        ReadList(node, layout, null, context);
    }

    private static void ReadList(YamlNode? node, CaseLayout.SectionLayout layout, YamlScalar? parentId, CaseContext context)
    {
        var path = layout.Path;
        if (node is null or YamlScalar { IsNull: true } || YamlValues.Sequence(node, path, context.Errors) is not { } list)
        {
            return;
        }

        var shorthand = layout.Shorthand;
        foreach (var item in list.Items)
        {
            if (shorthand is not null && item is YamlScalar)
            {
                if (YamlValues.Scalar(item, path, context.Errors) is { } scalar)
                {
                    var fact = Start(layout, item.Position, parentId, context);
                    fact.Set(shorthand, Value.Of(scalar.Value), scalar.Position);
                    context.Facts.Add(fact.Build());
                }
            }
            else if (YamlValues.Mapping(item, path, context.Errors) is { } mapping)
            {
                ReadEntry(mapping, item.Position, layout, parentId, context);
            }
        }
    }

    /// <summary>Reads one entry (absent for a one-mapping section the case leaves out) and the sections nested in it.</summary>
    private static void ReadEntry(
        YamlMapping? mapping, YamlPosition at, CaseLayout.SectionLayout layout, YamlScalar? parentId, CaseContext context)
    {
        var mark = context.Errors.Reported;
        var fact = Start(layout, at, parentId, context);
        var values = context.EntryValues.AsSpan(0, layout.Keys.Names.Length);
        if (mapping is not null)
        {
            MappingReader.Read(mapping, layout.Path, layout.Keys, values, context.Errors);
        }
        else
        {
            values.Clear();
        }

        YamlScalar? id = null;
        for (var i = 0; i < layout.Fields.Length; i++)
        {
            var field = layout.Fields[i];
            var node = values[i];
            if (node is null && mapping is not null && field.Required)
            {
                MappingReader.ReportMissing(mapping, field.Field.Name, layout.Path, context.Errors);
            }

            var read = ReadField(node, fact, field, context);
            if (field.IsId)
            {
                id = read;
            }
        }

        if (context.Errors.Reported != mark)
        {
            return;
        }

        context.Facts.Add(fact.Build());
        foreach (var child in layout.Children)
        {
            ReadList(mapping?.Find(child.Key)?.Value, child, id, context);
        }
    }

    private static CaseFactBuilder Start(CaseLayout.SectionLayout layout, YamlPosition at, YamlScalar? parentId, CaseContext context)
    {
        var fact = context.Builder.Start(layout.Schema, at);
        if (layout.ParentField is { } field && parentId is not null)
        {
            fact.Set(field, Value.Of(parentId.Value), parentId.Position);
        }

        return fact;
    }

    /// <summary>Reads one field's value (<c>null</c> when the entry does not have it, already reported if required); returns its scalar for a text field (e.g. the entry's id).</summary>
    private static YamlScalar? ReadField(YamlNode? node, CaseFactBuilder fact, CaseLayout.FieldLayout layout, CaseContext context)
    {
        var field = layout.Field;
        var input = field.Input;
        var required = layout.Required;
        if (node is null or YamlScalar { IsNull: true } && !required)
        {
            if (input.Default is { } fallback)
            {
                fact.Set(field, fallback);
            }

            return null;
        }

        if (node is null)
        {
            return null;
        }

        var errors = context.Errors;
        var path = layout.Path;
        switch (field.Kind)
        {
            case ValueKind.Number:
                if (YamlValues.Number(node, path, errors, allowQuoted: true) is { } number && InRange(node, number, input, errors))
                {
                    fact.Set(field, Value.Of(number), node.Position);
                }

                return null;
            case ValueKind.Boolean or ValueKind.Date or ValueKind.Period:
                if (ReadValue(node, path, field.Kind, errors) is { } value)
                {
                    fact.Set(field, value, node.Position);
                }

                return null;
            case ValueKind.TextList:
                if (YamlValues.ScalarList(node, path, errors) is { } items)
                {
                    fact.Set(field, items, node.Position);
                }

                return null;
            default:
                if (YamlValues.Scalar(node, path, errors) is not { } scalar
                    || (layout.AllowedValues is { } allowed && !allowed.Contains(scalar.Value)
                        && !References.Check(scalar, input.AllowedValues, input.What ?? field.Name, layout.AllowedValuesName!, errors)))
                {
                    return null;
                }

                fact.Set(field, Value.Of(scalar.Value), scalar.Position);
                if (layout.IsId)
                {
                    context.Ids(layout.Section).Register(scalar.Value, scalar.Position);
                }
                else if (layout.IsPerson)
                {
                    context.RefersToPerson(scalar);
                }

                return scalar;
        }
    }

    /// <summary>Whether a number is in its range: 0 to 100 for a percentage, not negative otherwise (reported when not).</summary>
    private static bool InRange(YamlNode node, decimal number, FieldInput input, LoadErrors errors)
    {
        if (input.Percent && number is < 0m or > 100m)
        {
            errors.Add(node.Start, LoadDiagnostics.PercentOutOfRange, number);
            return false;
        }

        if (!input.Percent && number < 0m)
        {
            errors.Add(node.Start, LoadDiagnostics.NegativeAmount, number);
            return false;
        }

        return true;
    }

    /// <summary>A boolean, date or period value; <c>null</c> when malformed (reported).</summary>
    private static Value? ReadValue(YamlNode node, string path, ValueKind kind, LoadErrors errors) => kind switch
    {
        ValueKind.Boolean => YamlValues.Boolean(node, path, errors) is { } flag ? Value.Of(flag) : null,
        ValueKind.Date => YamlValues.Date(node, path, errors) is { } date ? Value.Of(date) : null,
        _ => YamlValues.Period(node, path, errors) is { } period ? Value.Of(period) : null,
    };

    /// <summary>The key under which the position of a list item is kept, e.g. <c>triggers[1]</c>.</summary>
    public static string ItemKey(string field, int index) => field + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
