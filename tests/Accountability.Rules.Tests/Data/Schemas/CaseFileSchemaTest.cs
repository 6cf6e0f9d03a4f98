using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;
using Json.Schema;

namespace Accountability.Rules.Tests.Data.Schemas;

/// <summary>
/// The case-file schema for editors is what the catalogue declares, every example case validates
/// against it (read as a YAML language server reads YAML), and it rejects what the loader rejects.
/// </summary>
public sealed class CaseFileSchemaTest
{
    private static readonly Lazy<JsonSchema> Schema = new(() => SchemaYaml.Load(CaseFileSchema.RelativePath));

    public static TheoryData<string> Examples() => [.. ExampleFiles.Cases()];

    [Fact]
    public void GeneratedSchema_IsCurrent() =>
        SchemaYaml.AssertCurrent(CaseFileSchema.RelativePath, CaseFileSchema.Write(FactCatalog.Standard), nameof(CaseFileSchemaTest));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_ValidatesAgainstTheSchema(string example) =>
        Assert.Equal(string.Empty, SchemaYaml.Errors(Schema.Value, SchemaYaml.Json(RepositoryRoot.Combine(example))));

    [Theory]
    [InlineData("losses: [{ id: L1, amount: 100, kind: sideways }]")]
    [InlineData("losses: [{ id: L1, amount: 100 }]")]
    [InlineData("loses: [{ id: L1, amount: 100, kind: direct }]")]
    [InlineData("losses: [{ id: L1, amount: -5, kind: direct }]")]
    [InlineData("concurrentDeductions: [{ person: P1, source: party-discipline, percent: 120 }]")]
    public void Case_TheLoaderRejects_TheSchemaRejectsToo(string section)
    {
        var text = $"ruleset: yibin-2020\ndecidedOn: 2024-06-28\n{section}\n";

        Assert.False(Schema.Value.Evaluate(SchemaYaml.FromYaml(text)).IsValid, section);
    }

    [Fact]
    public void ExampleCaseFiles_NameTheSchemaForEditors()
    {
        foreach (var example in ExampleFiles.Cases().Where(e => e.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            SchemaYaml.AssertNamesSchema(example, CaseFileSchema.RelativePath);
        }
    }
}
