using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Accountability.Rules.Tests.TestAssets;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Accountability.Rules.Tests.Data.Schemas;

/// <summary>
/// What the schema tests share: YAML read as a YAML language server reads it, a schema file read
/// once, validation with the errors listed, the generated file kept current, and the
/// <c># yaml-language-server: $schema=…</c> line a bundled file starts with.
/// </summary>
internal static partial class SchemaYaml
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The schema file at a path under the repository, read once (JsonSchema.Net registers a schema's $id once per process).</summary>
    public static JsonSchema Load(string relativePath) =>
        Loaded.GetOrAdd(relativePath, path => new Lazy<JsonSchema>(() => JsonSchema.FromText(File.ReadAllText(RepositoryRoot.Combine(path))))).Value;

    /// <summary>A YAML or JSON file as JSON.</summary>
    public static JsonElement Json(string path) =>
        path.EndsWith(".json", StringComparison.Ordinal) ? JsonDocument.Parse(File.ReadAllText(path)).RootElement : FromYaml(File.ReadAllText(path));

    /// <summary>YAML as a language server reads it (YAML 1.2 core schema): plain true/false, null, numbers typed; the rest strings.</summary>
    public static JsonElement FromYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return JsonDocument.Parse(Node(stream.Documents[0].RootNode)?.ToJsonString() ?? "null").RootElement;
    }

    /// <summary>The errors of a validation, one line each; empty when valid.</summary>
    public static string Errors(JsonSchema schema, JsonElement instance)
    {
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? string.Empty : string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));
    }

    /// <summary>Writes the generated schema with ACCOUNTABILITY_REGENERATE=1; fails when the file differs from it.</summary>
    public static void AssertCurrent(string relativePath, string expected, string test)
    {
        var path = RepositoryRoot.Combine(relativePath);
        if (Environment.GetEnvironmentVariable("ACCOUNTABILITY_REGENERATE") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(
            File.Exists(path) && File.ReadAllText(path) == expected,
            $"{relativePath} is not what {test} generates: run the tests with ACCOUNTABILITY_REGENERATE=1 and commit the file.");
    }

    /// <summary>Asserts that a file's first line names the schema, by a path relative to the file.</summary>
    public static void AssertNamesSchema(string relativeFile, string schemaPath)
    {
        var file = RepositoryRoot.Combine(relativeFile);
        var first = File.ReadLines(file).First();
        var match = ModeLine().Match(first);
        Assert.True(match.Success, $"{relativeFile} does not start with '# yaml-language-server: $schema=<path of {schemaPath}>'");
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, match.Groups["path"].Value));
        Assert.Equal(RepositoryRoot.Combine(schemaPath), target);
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Node(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Node)]),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar => Plain(scalar.Value ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static JsonValue? Plain(string value) => value switch
    {
        "" or "~" or "null" => null,
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        _ when NumberPattern().IsMatch(value) => JsonValue.Create(decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(value),
    };

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^# yaml-language-server: \$schema=(?<path>\S+\.schema\.json)$")]
    private static partial Regex ModeLine();
}
