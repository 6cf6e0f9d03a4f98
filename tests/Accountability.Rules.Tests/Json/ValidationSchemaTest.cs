using System.Text.Json;
using Accountability.Rules.Tests.TestAssets;
using Json.Schema;

namespace Accountability.Rules.Tests.Json;

/// <summary><c>validate --format json</c> output validates against docs/schemas/validation.v1.schema.json, with findings and without.</summary>
public sealed class ValidationSchemaTest
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(RepositoryRoot.Combine("docs/schemas/validation.v1.schema.json")));

    [Theory]
    [InlineData("rulesets")]
    [InlineData("tests/Accountability.Rules.Tests/Hostile/corpus/validate-folder")]
    public void ValidateJson_MatchesTheSchema(string path)
    {
        var outcome = CliRun.Run("validate", RepositoryRoot.Combine(path), "--format", "json");

        using var document = JsonDocument.Parse(outcome.Out);
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, outcome.Out);
    }

    [Fact]
    public void ValidateJson_WithFindings_MatchesTheSchema()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("small.yaml", SmallRuleSet.Text);

        var outcome = CliRun.Run("validate", file, "--format", "json");

        using var document = JsonDocument.Parse(outcome.Out);
        Assert.NotEqual(0, document.RootElement.GetProperty("diagnostics").GetArrayLength());
        Assert.True(Schema.Evaluate(document.RootElement).IsValid, outcome.Out);
    }
}
