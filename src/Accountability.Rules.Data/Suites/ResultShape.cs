using System.Collections.Immutable;
using System.Text.Json;
using Accountability.Rules.Json;

namespace Accountability.Rules.Data.Suites;

/// <summary>
/// What the JSON result (<see cref="CaseResultJson.Schema"/>) allows at one place: the JSON types,
/// the properties of an object (or the schema of any property, for an open object such as a
/// conclusion's <c>fields</c>), the items of an array and the values of an enumeration. Read from the
/// schema itself, so that expectations are checked against the contract the result keeps, not a copy of it.
/// </summary>
internal sealed record ResultShape(
    ImmutableHashSet<string> Types,
    ImmutableSortedDictionary<string, JsonElement> Properties,
    JsonElement? AnyProperty,
    JsonElement? Items,
    ImmutableArray<string> Values)
{
    private static readonly Lazy<JsonElement> Schema = new(() => JsonDocument.Parse(CaseResultJson.Schema).RootElement.Clone());

    /// <summary>The shape of the whole result.</summary>
    public static ResultShape Root => Of(Schema.Value);

    /// <summary>Whether a value of this JSON type may stand here.</summary>
    public bool Allows(string type) => Types.Contains(type) || (type == "number" && Types.Contains("integer"));

    /// <summary>Whether some scalar (text, number, true or false) may stand here.</summary>
    public bool AllowsScalar => Types.Overlaps(["string", "number", "integer", "boolean"]);

    /// <summary>The shape of a property, or <c>null</c> when the object has no such property.</summary>
    public ResultShape? Property(string key) =>
        Properties.TryGetValue(key, out var schema) ? Of(schema) : AnyProperty is { } any ? Of(any) : null;

    /// <summary>The shape of an item of an array.</summary>
    public ResultShape Item => Items is { } items ? Of(items) : Of(default);

    /// <summary>What the shape is, for messages: <c>an object</c>, <c>a list</c>, <c>text or null</c>.</summary>
    public string Describe() =>
        Types.IsEmpty ? "any value" : string.Join(" or ", Types.Order(StringComparer.Ordinal).Select(t => t switch
        {
            "object" => "an object",
            "array" => "a list",
            "string" => "text",
            "integer" => "a whole number",
            "number" => "a number",
            "boolean" => "true or false",
            _ => t,
        }));

    /// <summary>The shape a schema describes, following <c>$ref</c>, <c>oneOf</c>, <c>anyOf</c> and <c>allOf</c>.</summary>
    public static ResultShape Of(JsonElement schema)
    {
        var types = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var properties = ImmutableSortedDictionary.CreateBuilder<string, JsonElement>(StringComparer.Ordinal);
        JsonElement? anyProperty = null;
        JsonElement? items = null;
        var values = ImmutableArray.CreateBuilder<string>();
        Collect(schema);
        if (types.Count == 0 && properties.Count > 0)
        {
            types.Add("object");
        }

        return new ResultShape(types.ToImmutable(), properties.ToImmutable(), anyProperty, items, values.ToImmutable());

        void Collect(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var property in element.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "$ref":
                        Collect(Resolve(property.Value.GetString()!));
                        break;
                    case "oneOf" or "anyOf" or "allOf":
                        foreach (var branch in property.Value.EnumerateArray())
                        {
                            Collect(branch);
                        }

                        break;
                    case "type" when property.Value.ValueKind == JsonValueKind.String:
                        types.Add(property.Value.GetString()!);
                        break;
                    case "type":
                        types.UnionWith(property.Value.EnumerateArray().Select(t => t.GetString()!));
                        break;
                    case "properties":
                        foreach (var child in property.Value.EnumerateObject())
                        {
                            properties[child.Name] = child.Value;
                        }

                        break;
                    case "additionalProperties" when property.Value.ValueKind == JsonValueKind.Object:
                        anyProperty = property.Value;
                        break;
                    case "items":
                        items = property.Value;
                        break;
                    case "enum":
                        values.AddRange(property.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
                        break;
                    default:
                        break;
                }
            }
        }
    }

    private static JsonElement Resolve(string reference)
    {
        // Only local references, #/$defs/name, occur in the result's schema.
        var element = Schema.Value;
        foreach (var part in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            element = element.GetProperty(part);
        }

        return element;
    }
}
