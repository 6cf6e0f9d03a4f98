using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.Schemas;

/// <summary>
/// README's "Case input" documents every case section of the fact catalogue: each is named in a
/// table and shown in a YAML example, and every example there is valid against the case schema.
/// </summary>
public sealed partial class ReadmeCaseSectionsTest
{
    [Fact]
    public void CaseInput_NamesAndShowsEverySection_WithValidExamples()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("\n## Case input\n", StringComparison.Ordinal);
        var section = readme[start..readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
        var schema = SchemaYaml.Load(CaseFileSchema.RelativePath);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match block in YamlBlock().Matches(section))
        {
            var example = JsonNode.Parse(SchemaYaml.FromYaml(block.Groups["yaml"].Value).GetRawText())!.AsObject();
            shown.UnionWith(example.Select(e => e.Key));
            example["ruleset"] ??= "yibin-2020";
            example["decidedOn"] ??= "2024-06-28";
            Assert.Equal(string.Empty, SchemaYaml.Errors(schema, JsonDocument.Parse(example.ToJsonString()).RootElement));
        }

        foreach (var type in CaseSectionReader.SectionTypes(FactCatalog.Standard))
        {
            var key = type.CaseSection!;
            Assert.True(shown.Contains(key), $"README's Case input has no example of '{key}'");
            Assert.True(section.Contains($"| `{key}", StringComparison.Ordinal), $"README's Case input has no table row for '{key}'");
        }
    }

    [GeneratedRegex(@"```(yaml|json)\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
