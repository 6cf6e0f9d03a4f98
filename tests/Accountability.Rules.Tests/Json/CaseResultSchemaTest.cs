using System.Text.Json;
using System.Text.Json.Nodes;
using Accountability.Rules.Json;
using Accountability.Rules.Tests.TestAssets;
using Json.Schema;

namespace Accountability.Rules.Tests.Json;

/// <summary>
/// Every example evaluated to JSON validates against docs/schemas/case-result.v1.schema.json
/// (JsonSchema.Net), and the schema is strict enough to reject what the contract does not allow.
/// Compiled once, in this project: ExampleEquivalenceTest shows both engines print the same JSON.
/// </summary>
public sealed class CaseResultSchemaTest
{
    private const string SchemaFile = "docs/schemas/case-result.v1.schema.json";

    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(RepositoryRoot.Combine(SchemaFile)));

    public static TheoryData<string> Examples() => [.. ExampleFiles.Cases()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Evaluate_Example_JsonValidatesAgainstTheSchema(string example)
    {
        var outcome = CliRun.Run([.. ExampleFiles.EvaluateArguments(example), "--format", "json"]);

        Assert.Contains(outcome.ExitCode, new[] { 0, 1 });
        AssertValid(outcome.Out);
    }

    [Fact]
    public void Evaluate_IncompleteResult_JsonValidatesAgainstTheSchema()
    {
        var path = Path.Combine(Path.GetTempPath(), $"schema-incomplete-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, File.ReadAllText(RepositoryRoot.Combine("examples/weihai-2024/collective-spring-festival.yaml")).Replace("2025-01-24", "2026-12-24", StringComparison.Ordinal));
        try
        {
            var outcome = CliRun.Run("evaluate", path, "--format", "json");

            using var json = JsonDocument.Parse(outcome.Out);
            Assert.Equal("incomplete", json.RootElement.GetProperty("status").GetString());
            AssertValid(outcome.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Schema_ShippedInTheLibrary_IsTheDocumentedFile()
    {
        Assert.Equal(File.ReadAllText(RepositoryRoot.Combine(SchemaFile)), CaseResultJson.Schema);
    }

    [Fact]
    public void Json_CarriesTheSchemaVersionTheSchemaAccepts()
    {
        var root = Example();

        Assert.Equal(CaseResultJson.SchemaVersion, root["schemaVersion"]!.GetValue<string>());
        Assert.Matches(@"^1\.\d+$", CaseResultJson.SchemaVersion);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("schemaVersion")]
    [InlineData("explanation")]
    public void Schema_RequiredPropertyMissing_IsInvalid(string property)
    {
        var root = Example();
        root.Remove(property);

        Assert.False(Schema.Evaluate(JsonDocument.Parse(root.ToJsonString()).RootElement).IsValid);
    }

    [Fact]
    public void Schema_UnknownPropertyInAPerson_IsInvalid()
    {
        var root = Example();
        root["persons"]![0]!.AsObject().Add("salary", "1");

        Assert.False(Schema.Evaluate(JsonDocument.Parse(root.ToJsonString()).RootElement).IsValid);
    }

    [Theory]
    [InlineData("1e6")]
    [InlineData("4800000.10")]
    [InlineData("4,800,000")]
    public void Schema_DecimalNotInTheContractsForm_IsInvalid(string total)
    {
        var root = Example();
        root["lossSeverity"]!["totalLoss"] = total;

        Assert.False(Schema.Evaluate(JsonDocument.Parse(root.ToJsonString()).RootElement).IsValid);
    }

    [Fact]
    public void Schema_UnknownStatus_IsInvalid()
    {
        var root = Example();
        root["status"] = "done";

        Assert.False(Schema.Evaluate(JsonDocument.Parse(root.ToJsonString()).RootElement).IsValid);
    }

    [Fact]
    public void BatchRows_ResultsValidateAgainstTheResultSchema_ErrorRowsAgainstTheErrorSchema_AndNeverBoth()
    {
        var errorSchema = JsonSchema.FromText(File.ReadAllText(RepositoryRoot.Combine("docs/schemas/batch-error.v1.schema.json")));
        var input = string.Join("\n", Batch.BatchCases.Line(6), "{ \"ruleset\": \"yibin-2020\", \"colour\": 1 }", Batch.BatchCases.Line(13), "{ \"ruleset\": \"no-such\", \"decidedOn\": \"2024-06-28\" }");

        var outcome = CliRun.Run(input, errorIsTerminal: false, "evaluate", "--batch", "-");

        var rows = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, rows.Length);
        foreach (var (row, isError) in rows.Zip([false, true, false, true]))
        {
            using var document = JsonDocument.Parse(row);
            if (isError)
            {
                Assert.True(errorSchema.Evaluate(document.RootElement).IsValid, row);
                Assert.False(Schema.Evaluate(document.RootElement).IsValid, row);
            }
            else
            {
                AssertValid(row);
                Assert.False(errorSchema.Evaluate(document.RootElement).IsValid, row);
            }
        }
    }

    private static JsonObject Example() =>
        JsonNode.Parse(CliRun.Run("evaluate", CliRun.Example("major-loss-ratio.json"), "--format", "json").Out)!.AsObject();

    private static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"));
        Assert.True(results.IsValid, string.Join("\n", errors.Take(20)));
    }
}
