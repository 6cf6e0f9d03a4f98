using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Accountability.Rules.Data.Suites;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Tests.Data.Schemas;

/// <summary>
/// Writes the JSON Schema of test suites (docs/schemas/test-suite.v1.schema.json) from what the
/// suite reader reads by: its key tables (<see cref="SuiteReader"/>; a key added there without a
/// schema here throws), the case schema for inline cases, and for <c>expect:</c> the result's own
/// schema read through <see cref="ResultShape"/> as the expectation reader reads it: every object
/// partial (keys not written are not looked at), a list as items it must hold or
/// <c>{ exactly: [...] }</c>, any scalar where the result has one (numbers may be written plain),
/// enumerations kept, <c>null</c> where the result may be absent.
/// </summary>
internal static class TestSuiteSchema
{
    public const string RelativePath = "docs/schemas/test-suite.v1.schema.json";

    public static string Write(FactCatalog catalog)
    {
        var definitions = CaseFileSchema.Definitions();
        definitions["case"] = CaseFileSchema.Case(catalog, rulesetRequired: false);
        var expect = (JsonObject)Pattern(ResultShape.Root, "expect", definitions);
        var expectProperties = (JsonObject)expect["properties"]!;
        foreach (var key in Expectation.OwnKeys)
        {
            expectProperties[key] = OwnKey(key);
        }

        expect["description"] = "What the result must be: a partial match over the JSON result of `accountability evaluate --format json` (docs/schemas/case-result.v1.schema.json), plus exitCode, fired and notFired (docs/test-suites.md).";
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "urn:accountability-rules:schema:test-suite:1",
            ["title"] = "Accountability.Rules test suite, version 1",
            ["description"] = "A test suite as `accountability test` reads it (docs/test-suites.md). Generated from the suite reader's keys, the case-file schema and the result schema by TestSuiteSchemaTest; do not edit. Rule ids and codes depend on the ruleset; the loader checks them.",
            ["type"] = "object",
            ["properties"] = Keys(SuiteReader.TopKeys, key => key switch
            {
                "ruleset" => new JsonObject
                {
                    ["description"] = "The ruleset every case is evaluated under: a bundled id, or { id, files } for an overlay (or a chain of them) whose files, relative to the suite, load over the bundled rulesets.",
                    ["anyOf"] = new JsonArray(
                        new JsonObject { ["type"] = "string" },
                        new JsonObject
                        {
                            ["type"] = "object",
                            ["properties"] = Keys(SuiteReader.RuleSetKeys, k => k switch
                            {
                                "id" => new JsonObject { ["type"] = "string", ["description"] = "The overlay's ruleset id." },
                                "files" => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "The overlay files, relative to the suite." },
                                _ => null,
                            }),
                            ["required"] = new JsonArray("id"),
                            ["additionalProperties"] = false,
                        }),
                },
                "description" => new JsonObject { ["type"] = "string", ["description"] = "Free text." },
                "cases" => new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 1,
                    ["description"] = "The cases, each with its input and what its result must be.",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = Keys(SuiteReader.CaseKeys, k => k switch
                        {
                            "name" => new JsonObject { ["type"] = "string", ["description"] = "A readable name, unique in the suite." },
                            "case" => new JsonObject { ["$ref"] = "#/$defs/case", ["description"] = "The case inline, with the keys of a case file; ruleset: may be left out (the suite's)." },
                            "file" => new JsonObject { ["type"] = "string", ["description"] = "A case file (YAML or JSON), relative to the suite." },
                            "expect" => new JsonObject { ["$ref"] = "#/$defs/expect" },
                            _ => null,
                        }),
                        ["required"] = new JsonArray("name", "expect"),
                        ["oneOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray("case") }, new JsonObject { ["required"] = new JsonArray("file") }),
                        ["additionalProperties"] = false,
                    },
                },
                _ => null,
            }),
            ["required"] = new JsonArray("ruleset", "cases"),
            ["additionalProperties"] = false,
            ["$defs"] = definitions,
        };
        definitions["expect"] = expect;
        definitions["scalar"] = new JsonObject { ["type"] = new JsonArray("string", "number", "boolean"), ["description"] = "A value; numbers match by value (4800000 matches \"4800000\")." };
        return CaseFileSchema.Text(schema);
    }

    /// <summary>The schema of each key of a reader's table; a key the table has and this does not know throws.</summary>
    public static JsonObject Keys(ImmutableArray<string> keys, Func<string, JsonNode?> schemaOf)
    {
        var properties = new JsonObject();
        foreach (var key in keys)
        {
            properties[key] = schemaOf(key) ?? throw new InvalidOperationException($"the reader accepts '{key}', which the schema does not describe: add it to the schema's generator");
        }

        return properties;
    }

    private static JsonObject OwnKey(string key) => key switch
    {
        "exitCode" => new JsonObject { ["enum"] = new JsonArray(0, 1), ["description"] = "The exit code evaluate gives: 0 (evaluated, evaluatedWithExclusions) or 1 (outOfScope, notInForce, incomplete)." },
        "fired" => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "Rule ids that must fire, e.g. lossTiers/larger/amount." },
        "notFired" => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "Rule ids that must not fire." },
        _ => throw new InvalidOperationException($"expect's own key '{key}' is not described by the schema's generator"),
    };

    /// <summary>What an expectation may be where the result has <paramref name="shape"/>, as ExpectationReader checks it.</summary>
    /// <remarks>The pattern of a list's items goes under <c>$defs</c> (named by its path), so that both ways of writing the list refer to it.</remarks>
    private static JsonNode Pattern(ResultShape shape, string path, JsonObject definitions)
    {
        if (shape.Types.IsEmpty)
        {
            return new JsonObject();
        }

        var options = new JsonArray();
        if (shape.Allows("object"))
        {
            var properties = new JsonObject();
            foreach (var (key, child) in shape.Properties)
            {
                var pattern = Pattern(ResultShape.Of(child), path + "." + key, definitions);
                if (child.TryGetProperty("description", out var description) && pattern is JsonObject described && !described.ContainsKey("$ref"))
                {
                    described["description"] = description.GetString();
                }

                properties[key] = pattern;
            }

            options.Add(new JsonObject
            {
                ["type"] = "object",
                ["properties"] = properties,
                ["additionalProperties"] = shape.AnyProperty is { } any ? Pattern(ResultShape.Of(any), path + ".*", definitions) : false,
            });
        }

        if (shape.Allows("array"))
        {
            definitions[path + ".item"] = Pattern(shape.Item, path + ".item", definitions);
            var item = new JsonObject { ["$ref"] = $"#/$defs/{path}.item" };
            options.Add(new JsonObject { ["type"] = "array", ["items"] = item, ["description"] = "Items the list must hold (in any order; others may be there too); [] for an empty list." });
            options.Add(new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { [ExpectationReader.Exactly] = new JsonObject { ["type"] = "array", ["items"] = item.DeepClone() } },
                ["required"] = new JsonArray(ExpectationReader.Exactly),
                ["additionalProperties"] = false,
                ["description"] = "{ exactly: [...] }: these items and no others, in any order.",
            });
        }

        if (shape.AllowsScalar)
        {
            options.Add(shape.Values.IsEmpty
                ? new JsonObject { ["$ref"] = "#/$defs/scalar" }
                : new JsonObject { ["enum"] = new JsonArray([.. shape.Values.Select(v => (JsonNode)JsonValue.Create(v)!)]) });
        }

        if (shape.Allows("null"))
        {
            options.Add(new JsonObject { ["type"] = "null" });
        }

        return options.Count == 1 ? options[0]!.DeepClone() : new JsonObject { ["anyOf"] = options.DeepClone() };
    }
}
