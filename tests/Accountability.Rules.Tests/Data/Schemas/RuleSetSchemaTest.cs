using Accountability.Rules.Data.Calendars;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;
using Json.Schema;

namespace Accountability.Rules.Tests.Data.Schemas;

/// <summary>
/// The ruleset and calendar schemas for editors are what the readers' key tables, vocabularies and
/// the fact catalogue give; every bundled ruleset, calendar and example overlay validates against
/// its schema and names it; rulesets the loader rejects for their shape fail the schema too.
/// </summary>
public sealed class RuleSetSchemaTest
{
    private static readonly Lazy<JsonSchema> Schema = new(() => SchemaYaml.Load(RuleSetSchema.RelativePath));

    private static readonly Lazy<JsonSchema> CalendarSchema = new(() => SchemaYaml.Load(RuleSetSchema.CalendarRelativePath));

    public static TheoryData<string> RuleSetFiles() =>
        [.. Directory.EnumerateFiles(RepositoryRoot.Combine("rulesets"), "*.yaml")
            .Concat(Directory.EnumerateFiles(RepositoryRoot.Combine("examples"), "*.ruleset.yaml", SearchOption.AllDirectories))
            .Select(Relative).Order(StringComparer.Ordinal)];

    public static TheoryData<string> CalendarFiles() =>
        [.. Directory.EnumerateFiles(RepositoryRoot.Combine("rulesets/calendars"), "*.yaml").Select(Relative).Order(StringComparer.Ordinal)];

    [Fact]
    public void GeneratedSchemas_AreCurrent()
    {
        SchemaYaml.AssertCurrent(RuleSetSchema.RelativePath, RuleSetSchema.Write(FactCatalog.Standard), nameof(RuleSetSchemaTest));
        SchemaYaml.AssertCurrent(RuleSetSchema.CalendarRelativePath, RuleSetSchema.WriteCalendar(), nameof(RuleSetSchemaTest));
    }

    [Theory]
    [MemberData(nameof(RuleSetFiles))]
    public void RuleSetFile_ValidatesAgainstTheSchema_AndNamesIt(string file)
    {
        Assert.Equal(string.Empty, SchemaYaml.Errors(Schema.Value, SchemaYaml.Json(RepositoryRoot.Combine(file))));
        SchemaYaml.AssertNamesSchema(file, RuleSetSchema.RelativePath);
    }

    [Theory]
    [MemberData(nameof(CalendarFiles))]
    public void CalendarFile_ValidatesAgainstTheSchema_AndNamesIt(string file)
    {
        Assert.Equal(string.Empty, SchemaYaml.Errors(CalendarSchema.Value, SchemaYaml.Json(RepositoryRoot.Combine(file))));
        SchemaYaml.AssertNamesSchema(file, RuleSetSchema.CalendarRelativePath);
    }

    /// <summary>Each line replaces one line of a small valid ruleset; the loader rejects each result, and so must the schema.</summary>
    [Theory]
    [InlineData("  version: 1.0.0", "  versoin: 1.0.0")]
    [InlineData("  currency: CNY", "  currency: CNY\n  calender: cn-mainland-holidays")]
    [InlineData("      amount: { 以上: 1000000 }", "      amount: [1000000]")]
    [InlineData("      amount: { 以上: 1000000 }", "      amount: { 以上: \"1000000\" }")]
    [InlineData("      amount: { 以上: 1000000 }", "      amount: {}")]
    [InlineData("      direction: aggravating", "      direction: worse")]
    [InlineData("      restrictions: [ { kind: no-promotion, period: P1Y } ]", "      restrictions: [ { kind: no-promotions, period: P1Y } ]")]
    [InlineData("      - fact: lossTier", "      - fakt: lossTier")]
    [InlineData("      - fact: lossTier", "      - fact: lossTeir")]
    [InlineData("        where: { tier: larger }", "        where: { teir: larger }")]
    [InlineData("        where: { tier: larger }", "        where: { tier: { gte: larger } }")]
    [InlineData("      - assert: authority", "      - assert: loss")]
    [InlineData("        set: { authority: sasac, reason: 较大资产损失 }", "        set: { authorty: sasac, reason: 较大资产损失 }")]
    [InlineData("        set: { authority: sasac, reason: 较大资产损失 }", "        set: { authority: { percentOff: [1, 2] }, reason: 较大资产损失 }")]
    [InlineData("    salience: 5", "    salience: high")]
    [InlineData("  - { code: direct, name: 直接责任, cites: \"Art. 1\" }", "  - { code: direct, name: 直接责任 }")]
    [InlineData("documents:", "document:")]
    public void RuleSet_TheLoaderRejects_TheSchemaRejectsToo(string line, string replacement)
    {
        Assert.Contains(line + "\n", Small, StringComparison.Ordinal);
        var broken = Small.Replace(line + "\n", replacement + "\n", StringComparison.Ordinal);

        var small = RuleSetCatalog.Bundled.WithTexts(new RuleSetText("small.yaml", Small));
        Assert.True(small.Succeeded, string.Join("\n", small.Diagnostics));
        Assert.Equal(string.Empty, SchemaYaml.Errors(Schema.Value, SchemaYaml.FromYaml(Small)));
        Assert.False(RuleSetCatalog.Bundled.WithTexts(new RuleSetText("small.yaml", broken)).Succeeded, replacement);
        Assert.False(Schema.Value.Evaluate(SchemaYaml.FromYaml(broken)).IsValid, replacement);
    }

    [Theory]
    [InlineData("years: { 2024: { source: notice, holidays: [ { name: 春节, off: [[2024-02-10, 2024-02-17]] } ] } }", true)]
    [InlineData("years: { 2024: { source: notice, holidays: [ { name: 春节, of: [[2024-02-10, 2024-02-17]] } ] } }", false)]
    [InlineData("years: { 2024: { holidays: [ { name: 春节, off: [[2024-02-10, 2024-02-17]] } ] } }", false)]
    [InlineData("years: { 2024: { source: notice, holidays: [ { name: 春节, off: [[2024-02-10]] } ] } }", false)]
    [InlineData("years: { 24: { source: notice, holidays: [ { name: 春节, off: [[2024-02-10, 2024-02-17]] } ] } }", false)]
    public void Calendar_AsTheLoaderReadsIt_AsTheSchemaReadsIt(string text, bool valid)
    {
        Assert.Equal(valid, CalendarLoader.Load(text, "test-calendar.yaml").Succeeded);
        Assert.Equal(valid, CalendarSchema.Value.Evaluate(SchemaYaml.FromYaml(text)).IsValid);
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/');

    private const string Small = """
        ruleset:
          id: small-2024
          version: 1.0.0
          title: 小规则
          inForce: { from: 2024-01-01 }
        documents:
          - { id: small, title: 小规则 }
        conventions:
          currency: CNY
          boundaries: { 以上: inclusive, 以下: exclusive, cites: "Art. 1" }
        tiers:
          - { code: larger, name: 较大, cites: "Art. 1" }
        responsibilities:
          - { code: direct, name: 直接责任, cites: "Art. 1" }
        codes:
          factors:
            - { code: concealed, name: 隐匿, cites: "Art. 2" }
          measures:
            - { code: 诫勉, name: 诫勉, cites: "Art. 2" }
        lossTiers:
          subject: lossTotal
          combine: any
          cites: "Art. 1"
          rows:
            - tier: larger
              amount: { 以上: 1000000 }
              cites: "Art. 1"
        policies:
          - { id: any, title: any criterion, statement: the highest tier any criterion reaches }
        promotionRestrictions:
          rows:
            - measures: [诫勉]
              restrictions: [ { kind: no-promotion, period: P1Y } ]
              cites: "Art. 3"
        factorEffects:
          rows:
            - factors: [concealed]
              direction: aggravating
              terms: 从重
              cites: "Art. 2"
        rules:
          - id: sasac-larger
            title: The SASAC handles larger losses
            cites: "Art. 4"
            salience: 5
            when:
              - fact: lossTier
                where: { tier: larger }
            then:
              - assert: authority
                set: { authority: sasac, reason: 较大资产损失 }
        """ + "\n";
}
