using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Suites;
using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;
using Json.Schema;

namespace Accountability.Rules.Tests.Data.Schemas;

/// <summary>
/// The test-suite schema for editors is what the suite reader, the case catalogue and the result
/// schema give; every bundled suite validates against it and names it; suites the loader rejects fail it.
/// </summary>
public sealed class TestSuiteSchemaTest
{
    private static readonly Lazy<JsonSchema> Schema = new(() => SchemaYaml.Load(TestSuiteSchema.RelativePath));

    public static TheoryData<string> Suites() =>
        [.. TestSuite.Discover(RepositoryRoot.Combine("rulesets/tests")).Select(p => Path.GetRelativePath(RepositoryRoot.Path, p).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public void GeneratedSchema_IsCurrent() =>
        SchemaYaml.AssertCurrent(TestSuiteSchema.RelativePath, TestSuiteSchema.Write(FactCatalog.Standard), nameof(TestSuiteSchemaTest));

    [Theory]
    [MemberData(nameof(Suites))]
    public void BundledSuite_ValidatesAgainstTheSchema_AndNamesIt(string suite)
    {
        Assert.Equal(string.Empty, SchemaYaml.Errors(Schema.Value, SchemaYaml.Json(RepositoryRoot.Combine(suite))));
        SchemaYaml.AssertNamesSchema(suite, TestSuiteSchema.RelativePath);
    }

    [Theory]
    [InlineData("    expect: { exitCode: 0 }", true)]
    [InlineData("    expect: { lossSeverity: { tier: major, criteriaMet: { exactly: [ { tier: major, criterion: amount } ] } }, fired: [lossTiers/major/amount] }", true)]
    [InlineData("    expect: { persons: [ { id: P1, performanceSalaryDeduction: { minPercent: 30 } } ], status: evaluated, handling: null }", true)]
    [InlineData("    expect: { lossSeverity: { tierr: major } }", false)]
    [InlineData("    expect: { status: evaluted }", false)]
    [InlineData("    expect: { exitCode: 2 }", false)]
    [InlineData("    expect: { persons: { id: P1 } }", false)]
    [InlineData("    expect: { lossSeverity: [ major ] }", false)]
    [InlineData("    expect: { exitCode: 0 }\n    file: x.yaml", false)]
    [InlineData("    expect: { exitCode: 0 }\n    name2: x", false)]
    public void Suite_AsTheLoaderReadsIt_AsTheSchemaReadsIt(string expect, bool valid)
    {
        var text = $"ruleset: yibin-2020\ncases:\n  - name: one\n    case: {{ decidedOn: 2024-06-28, losses: [ {{ id: L1, amount: 10000000, kind: direct }} ] }}\n{expect}\n";
        var loaded = TestSuite.Load(text, "suite.yaml", RuleSetCatalog.Bundled);

        Assert.Equal(valid, loaded.Succeeded);
        Assert.Equal(valid, Schema.Value.Evaluate(SchemaYaml.FromYaml(text)).IsValid);
    }

    [Theory]
    [InlineData("ruleset: yibin-2020\ncases: []\n")]
    [InlineData("ruleset: yibin-2020\ncases:\n  - name: one\n    case: { decidedOn: 2024-06-28, losses: [ { id: L1, amount: 100, kind: sideways } ] }\n    expect: {}\n")]
    [InlineData("ruleset: { id: yibin-2020, file: [a.yaml] }\ncases:\n  - name: one\n    case: { decidedOn: 2024-06-28 }\n    expect: {}\n")]
    [InlineData("rulesets: yibin-2020\ncases:\n  - name: one\n    case: { decidedOn: 2024-06-28 }\n    expect: {}\n")]
    public void Suite_TheLoaderRejects_TheSchemaRejectsToo(string text)
    {
        Assert.False(TestSuite.Load(text, "suite.yaml", RuleSetCatalog.Bundled).Succeeded);
        Assert.False(Schema.Value.Evaluate(SchemaYaml.FromYaml(text)).IsValid, text);
    }
}
