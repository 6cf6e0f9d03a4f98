using System.Collections.Immutable;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Tests.Data.Catalog;

/// <summary>
/// The precompiled images of the bundled rulesets (<see cref="RuleSetImage"/>): the build embeds one
/// for every bundled ruleset, each reads back as the definition the loader makes of the YAML, the
/// catalogue evaluates from them without reading YAML, and an image that is not whole is refused.
/// </summary>
public sealed class RuleSetImageTest
{
    public static TheoryData<string> BundledRuleSetFiles() =>
        [.. typeof(BundledRuleSets).Assembly.GetManifestResourceNames().Where(BundledRuleSets.IsRuleSet).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(BundledRuleSetFiles))]
    public void EmbeddedImage_ReadsAsTheDefinitionLoadedFromTheYaml(string fileName)
    {
        var entry = YamlLoadedEntry(fileName);

        var image = Assert.IsType<byte[]>(Image(fileName));

        Assert.Equal(entry.Loaded.Definition, RuleSetImage.Read(image));
        Assert.Equal(new(entry.Id, entry.Version, entry.InForceFrom), RuleSetImage.Key(image));
    }

    [Theory]
    [MemberData(nameof(BundledRuleSetFiles))]
    public void Write_OfAYamlLoadedDefinition_IsTheEmbeddedImage(string fileName)
    {
        var entry = YamlLoadedEntry(fileName);

        Assert.Equal(Image(fileName), RuleSetImage.Write(entry.Loaded.Definition));
    }

    [Fact]
    public void BundledCatalogue_EvaluatingAnOverlaysCase_ReadsItsImageAndNoYaml()
    {
        var bundled = BundledRuleSets.Catalog();

        var selection = bundled.Select("yibin-2020", new LocalDate(2023, 6, 1));
        var compiled = bundled.Compiled(Assert.IsType<RuleSetDefinition>(selection.InForce));

        Assert.Equal("yibin-2020", compiled.Definition.Id);
        Assert.Equal(["yibin-2020"], bundled.Ids.Where(id => bundled.EntriesOf(id).Any(e => e.IsLoaded)));
        Assert.DoesNotContain(bundled.Ids, id => bundled.EntriesOf(id).Any(e => e.IsYamlLoaded));
    }

    [Fact]
    public void BundledCatalogue_AfterAnOverlayLoadedTheYaml_GivesTheLoadedDefinition()
    {
        var bundled = BundledRuleSets.Catalog();
        var entry = bundled.EntriesOf("national-2016").Single();

        var loaded = entry.Loaded;

        Assert.Same(loaded.Definition, entry.Definition);
    }

    [Fact]
    public void RoundTrip_EveryKindOfElementExpressionAndValue_GivesAnEqualDefinition()
    {
        var definition = EveryKind();

        var read = RuleSetImage.Read(RuleSetImage.Write(definition));

        Assert.Equal(definition, read);
        var constants = read.Rules[0].Actions[0].Fields.Select(f => ((ConstantExpression)f.Value).Value).ToList();
        Assert.Equal(2, decimal.GetBits(constants[0].AsNumber)[3] >> 16 & 0xFF); // 12.50 keeps its scale
        Assert.Equal(Period.FromYears(2) + Period.FromMonths(3) + Period.FromDays(-4), constants[4].AsPeriod);
    }

    [Fact]
    public void RoundTrip_EveryFunctionOperatorAndAggregate_GivesAnEqualDefinition()
    {
        var rule = EveryKind().Rules[1];
        var definition = EveryKind() with
        {
            Rules =
            [
                rule with
                {
                    Conditions =
                    [
                        .. Enum.GetValues<BuiltInFunction>().Select(f => new PatternElement("p", "loss", new CallExpression(f, []))),
                        .. Enum.GetValues<ComparisonOperator>().Select(o => new PatternElement("p", "loss", new ComparisonExpression(o, new BindingExpression("a"), new BindingExpression("b")))),
                        .. Enum.GetValues<AggregateFunction>().Select(f => new AggregateElement("t", "loss", "l", null, f, null)),
                    ],
                },
            ],
        };

        Assert.Equal(definition, RuleSetImage.Read(RuleSetImage.Write(definition)));
    }

    [Fact]
    public void Read_EveryTruncation_IsRefused()
    {
        var image = RuleSetImage.Write(EveryKind());

        for (var length = 0; length < image.Length; length++)
        {
            var cut = image.AsSpan(0, length).ToArray();
            Assert.Throws<InvalidOperationException>(() => RuleSetImage.Read(cut));
        }
    }

    [Fact]
    public void Read_AnyByteChanged_ReadsOrIsRefused_NeverOtherwise()
    {
        var image = RuleSetImage.Write(EveryKind());

        for (var at = 0; at < image.Length; at++)
        {
            foreach (var value in (byte[])[0x00, 0x01, 0x7F, 0x80, 0xFF, (byte)(image[at] ^ 0x01)])
            {
                var changed = (byte[])image.Clone();
                changed[at] = value;
                var exception = Record.Exception(() => RuleSetImage.Read(changed));
                Assert.True(exception is null or InvalidOperationException, $"byte {at} = {value}: {exception}");
            }
        }
    }

    [Fact]
    public void Read_AnotherFormatVersionOrNoImage_IsRefused()
    {
        var image = RuleSetImage.Write(EveryKind());
        var other = (byte[])image.Clone();
        other[4] = RuleSetImage.FormatVersion + 1;

        Assert.Contains("format version", Assert.Throws<InvalidOperationException>(() => RuleSetImage.Read(other)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => RuleSetImage.Key("ruleset:"u8.ToArray()));
        Assert.Throws<InvalidOperationException>(() => RuleSetImage.Read([.. image, 0]));
    }

    /// <summary>The entry of a bundled ruleset in a fresh catalogue, its YAML loaded.</summary>
    private static CatalogEntry YamlLoadedEntry(string fileName)
    {
        var bundled = BundledRuleSets.Catalog();
        var entry = bundled.Ids.SelectMany(id => bundled.EntriesOf(id)).Single(e => e.FileName == fileName);
        _ = entry.Loaded;
        Assert.True(entry.IsYamlLoaded);
        return entry;
    }

    private static byte[]? Image(string fileName)
    {
        using var stream = typeof(BundledRuleSets).Assembly.GetManifestResourceStream(fileName + RuleSetImage.ResourceSuffix);
        if (stream is null)
        {
            return null;
        }

        var image = new byte[stream.Length];
        stream.ReadExactly(image);
        return image;
    }

    /// <summary>A definition with every rule element, expression and value kind, and every optional member both set and not.</summary>
    private static RuleSetDefinition EveryKind()
    {
        var citation = new Citation("doc", "第三条");
        var field = new FieldExpression("p", "amount");
        return new RuleSetDefinition
        {
            Id = "every-kind",
            Version = "1.2.3",
            Title = "各类元素（示例）",
            TitleEnglish = "Every kind",
            InForceFrom = new LocalDate(2020, 2, 29),
            InForceTo = new LocalDate(2030, 12, 31),
            InForceCitation = citation,
            DecisiveDates = [new DecisiveDate("loss", "occurredOn")],
            Currency = "CNY",
            CalendarId = "cn-mainland-holidays",
            Documents = [new DocumentReference("doc", "某办法", "某号", "https://example.org"), new DocumentReference("other", "另一办法", null, null)],
            Policies = [new PolicyDefinition("policy", "A policy", "Reads so.", citation), new PolicyDefinition("bare", "Bare", "None.", null)],
            Boundaries = [new BoundaryReading("以上", true, citation, "policy"), new BoundaryReading("以下", false, null, null)],
            Tiers = [new CodeDefinition("larger", "较大", "Larger", citation, "tiers"), new CodeDefinition("major", "重大", null, null)],
            Responsibilities = [new CodeDefinition("direct", "直接责任", "Direct", citation)],
            CodeLists = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [
                KeyValuePair.Create("measures", ImmutableArray.Create(new CodeDefinition("warning", "警告", null, null))),
                KeyValuePair.Create("roles", ImmutableArray<CodeDefinition>.Empty),
            ]),
            Rules =
            [
                new RuleDefinition
                {
                    Id = "every-element",
                    Title = "Every element",
                    Citation = citation,
                    Salience = -7,
                    PolicyId = "policy",
                    Conditions =
                    [
                        new PatternElement("p", "loss", new LogicalExpression(true, [
                            new ComparisonExpression(ComparisonOperator.GreaterThanOrEqual, field, new ConstantExpression(Value.Of(1_000_000m))),
                            new NegationExpression(new MembershipExpression(new FieldExpression("p", "kind"), [new ConstantExpression(Value.Of("direct")), new BindingExpression("k")])),
                            new CallExpression(BuiltInFunction.PlusWorkingDays, [new FieldExpression("p", "on"), new ConstantExpression(Value.Of(15m))]),
                        ])),
                        new NotElement("n", "excluded", null),
                        new AggregateElement("total", "loss", "l", new ComparisonExpression(ComparisonOperator.NotEqual, new FieldExpression("l", "kind"), new ConstantExpression(Value.Null)), AggregateFunction.Sum, "amount"),
                        new AggregateElement("count", "loss", "l", null, AggregateFunction.Count, null),
                    ],
                    Actions =
                    [
                        new AssertAction("finding", [
                            new FieldAssignment("number", new ConstantExpression(Value.Of(12.50m))),
                            new FieldAssignment("flag", new ConstantExpression(Value.True)),
                            new FieldAssignment("date", new ConstantExpression(Value.Of(new LocalDate(-44, 3, 15)))),
                            new FieldAssignment("text", new ConstantExpression(Value.Of("某文本"))),
                            new FieldAssignment("period", new ConstantExpression(Value.Of(Period.FromYears(2) + Period.FromMonths(3) + Period.FromDays(-4)))),
                            new FieldAssignment("list", new ConstantExpression(Value.Of(["a", "b"]))),
                            new FieldAssignment("none", new ConstantExpression(Value.Null)),
                        ]),
                    ],
                    InForceFrom = new LocalDate(2021, 1, 1),
                    InForceTo = null,
                    Source = new SourceLocation("rulesets/every-kind.yaml", 120, 7),
                },
                new RuleDefinition
                {
                    Id = "bare",
                    Title = "Bare",
                    Citation = new Citation("other", "1"),
                    Conditions = [],
                    Actions = [],
                },
            ],
            Parents = [new RuleSetParent("national-2016", "1.0.0")],
            ContentHash = "abc123",
        };
    }
}
