using System.Text.Json;
using System.Text.Json.Nodes;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Tests.Data.Schemas;

/// <summary>
/// Writes the JSON Schema of case files (docs/schemas/case.v1.schema.json) from the fact catalogue,
/// the same declarations the case reader reads by: every section with its shape (a list, one
/// mapping, a nested list, a scalar shorthand), every field with its kind, fixed vocabulary,
/// percentage range and whether it may be left out. Code lists vary by ruleset, so codes are strings.
/// </summary>
internal static class CaseFileSchema
{
    public const string RelativePath = "docs/schemas/case.v1.schema.json";

    public static string Write(FactCatalog catalog)
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "urn:accountability-rules:schema:case:1",
            ["title"] = "Accountability.Rules case file, version 1",
            ["description"] = "A case as `accountability evaluate` reads it (YAML or JSON). Generated from the fact catalogue by CaseFileSchemaTest; do not edit. Which codes a field takes depends on the ruleset (see `accountability show <ruleset>`), so codes are strings here; the loader checks them.",
        };
        foreach (var (key, value) in Case(catalog, rulesetRequired: true))
        {
            schema[key] = value?.DeepClone();
        }

        schema["$defs"] = Definitions();
        return Text(schema);
    }

    /// <summary>The schema of a case (its keys, without <c>$defs</c>); <paramref name="rulesetRequired"/> false for a case inline in a test suite.</summary>
    public static JsonObject Case(FactCatalog catalog, bool rulesetRequired)
    {
        var properties = new JsonObject
        {
            ["ruleset"] = new JsonObject { ["type"] = "string", ["description"] = "The id of the bundled ruleset (or overlay) the case is evaluated under, e.g. yibin-2020." },
            ["decidedOn"] = new JsonObject { ["$ref"] = "#/$defs/date", ["description"] = "The date responsibility is determined or the decision is made." },
        };
        foreach (var type in CaseSectionReader.SectionTypes(catalog))
        {
            var item = Item(type, catalog);
            properties[type.CaseSection!] = type.Section!.Single
                ? item
                : new JsonObject { ["type"] = "array", ["description"] = type.Description, ["items"] = item };
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = rulesetRequired ? new JsonArray("ruleset", "decidedOn") : new JsonArray("decidedOn"),
            ["additionalProperties"] = false,
        };
    }

    /// <summary>The definitions the case's keys refer to (<c>#/$defs/date</c>, ...).</summary>
    public static JsonObject Definitions() => new()
    {
        ["date"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", ["description"] = "An ISO date, e.g. 2024-06-28." },
        ["period"] = new JsonObject { ["type"] = "string", ["pattern"] = "^P", ["description"] = "An ISO-8601 period, e.g. P6M or P1Y6M." },
        ["number"] = new JsonObject
        {
            ["description"] = "A decimal number, not negative; written plain or quoted (\"1000000\"), never with an exponent.",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "number", ["minimum"] = 0 },
                new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]+(\\.[0-9]+)?$" }),
        },
        ["percent"] = new JsonObject
        {
            ["description"] = "A percentage from 0 to 100, written plain or quoted.",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 100 },
                new JsonObject { ["type"] = "string", ["pattern"] = "^(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)$" }),
        },
    };

    /// <summary>A schema as the files hold it: indented, UTF-8 text unescaped, LF line ends.</summary>
    public static string Text(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";

    private static JsonObject Item(FactSchema type, FactCatalog catalog)
    {
        var section = type.Section!;
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var field in type.Fields.Where(f => f.Name != section.ParentField))
        {
            properties[field.Name] = Field(field);
            if (!field.Optional && field.Input.Default is null)
            {
                required.Add(field.Name);
            }
        }

        foreach (var nested in catalog.Types.Where(t => t.Origin == FactOrigin.Input && t.Section?.ParentType == type.Name))
        {
            properties[nested.Section!.Key] = new JsonObject { ["type"] = "array", ["description"] = nested.Description, ["items"] = Item(nested, catalog) };
        }

        var mapping = new JsonObject
        {
            ["type"] = "object",
            ["description"] = type.Description,
            ["properties"] = properties,
            ["required"] = required,
            ["additionalProperties"] = false,
        };
        if (section.Shorthand is not { } shorthand)
        {
            return mapping;
        }

        return new JsonObject
        {
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "string", ["description"] = $"Shorthand: the {shorthand} alone." },
                mapping),
        };
    }

    private static JsonObject Field(FieldSchema field)
    {
        var input = field.Input;
        JsonObject schema = field.Kind switch
        {
            ValueKind.Number => new JsonObject { ["$ref"] = input.Percent ? "#/$defs/percent" : "#/$defs/number" },
            ValueKind.Boolean => new JsonObject { ["type"] = "boolean" },
            ValueKind.Date => new JsonObject { ["$ref"] = "#/$defs/date" },
            ValueKind.Period => new JsonObject { ["$ref"] = "#/$defs/period" },
            ValueKind.TextList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            _ => input.AllowedValues.IsEmpty
                ? new JsonObject { ["type"] = "string" }
                : new JsonObject { ["enum"] = new JsonArray([.. input.AllowedValues.Select(v => (JsonNode)JsonValue.Create(v)!)]) },
        };
        schema["description"] = field.Description;
        return schema;
    }
}
