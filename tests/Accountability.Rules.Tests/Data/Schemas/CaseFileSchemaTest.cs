using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Accountability.Rules.Tests.Data.Schemas;

/// <summary>
/// The case-file schema for editors is what the catalogue declares, every example case validates
/// against it (read as a YAML language server reads YAML), and it rejects what the loader rejects.
/// </summary>
public sealed partial class CaseFileSchemaTest
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryRoot.Combine(CaseFileSchema.RelativePath))));

    public static TheoryData<string> Examples() => [.. ExampleFiles.Cases()];

    [Fact]
    public void GeneratedSchema_IsCurrent()
    {
        var path = RepositoryRoot.Combine(CaseFileSchema.RelativePath);
        var expected = CaseFileSchema.Write(FactCatalog.Standard);
        if (Environment.GetEnvironmentVariable("ACCOUNTABILITY_REGENERATE") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(
            File.ReadAllText(path) == expected,
            $"{CaseFileSchema.RelativePath} is not what the catalogue gives: run the tests with ACCOUNTABILITY_REGENERATE=1 and commit the file.");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_ValidatesAgainstTheSchema(string example)
    {
        var result = Schema.Value.Evaluate(Json(RepositoryRoot.Combine(example)), new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Theory]
    [InlineData("losses: [{ id: L1, amount: 100, kind: sideways }]")]
    [InlineData("losses: [{ id: L1, amount: 100 }]")]
    [InlineData("loses: [{ id: L1, amount: 100, kind: direct }]")]
    [InlineData("losses: [{ id: L1, amount: -5, kind: direct }]")]
    [InlineData("concurrentDeductions: [{ person: P1, source: party-discipline, percent: 120 }]")]
    public void Case_TheLoaderRejects_TheSchemaRejectsToo(string section)
    {
        var text = $"ruleset: yibin-2020\ndecidedOn: 2024-06-28\n{section}\n";

        Assert.False(Schema.Value.Evaluate(JsonFromYaml(text)).IsValid, section);
    }

    [Fact]
    public void ExampleCaseFiles_NameTheSchemaForEditors()
    {
        foreach (var example in ExampleFiles.Cases().Where(e => e.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            var first = File.ReadLines(RepositoryRoot.Combine(example)).First();
            Assert.Matches(ModeLine(), first);
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(RepositoryRoot.Combine(example))!, ModeLine().Match(first).Groups["path"].Value));
            Assert.Equal(RepositoryRoot.Combine(CaseFileSchema.RelativePath), target);
        }
    }

    private static JsonElement Json(string path) =>
        path.EndsWith(".json", StringComparison.Ordinal) ? JsonDocument.Parse(File.ReadAllText(path)).RootElement : JsonFromYaml(File.ReadAllText(path));

    /// <summary>YAML as a language server reads it (YAML 1.2 core schema): plain true/false, null, numbers typed; the rest strings.</summary>
    private static JsonElement JsonFromYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return JsonDocument.Parse(Node(stream.Documents[0].RootNode)?.ToJsonString() ?? "null").RootElement;
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

    [GeneratedRegex(@"^# yaml-language-server: \$schema=(?<path>\S+case\.v1\.schema\.json)$")]
    private static partial Regex ModeLine();
}
