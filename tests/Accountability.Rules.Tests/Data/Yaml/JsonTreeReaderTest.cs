using System.Text;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Tests.Batch;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.Yaml;

/// <summary>
/// The JSON reader gives exactly the tree the YAML parser gives for the same text (values, scalar
/// styles, every position), and leaves to the YAML parser what it would read or report differently.
/// </summary>
public sealed class JsonTreeReaderTest
{
    public static TheoryData<string> Documents() => [.. Texts];

    private static readonly string[] Texts =
    [
        "{\"ruleset\":\"x\", \"n\": 1.50, \"list\": [true, null, false, -0, 1e6, 2022.00]}",
        "{ \"a\": {}, \"b\": [], \"c\": [[], [{}]], \"d\": \"\" }",
        "{\r\n  \"ruleset\": \"yibin-2020\",\r\n  \"losses\": [\r\n    { \"id\": \"L1\", \"amount\": 1000 }\r\n  ]\r\n}\r\n",
        "\n\n   {\n\"a\"\n:\n\"b\"\n  }\n\n",
        "{ \"description\": \"预付货款无法收回 😀 以及 é\", \"after\": \"x\", \"more\": [\"😀😀\", 1] }",
        "{ \"escaped\": \"a\\\"b\\\\c\\/d\\u00e9\\n\\ud83d\\ude00\", \"next\": \"\\t\" , \"k\\u0065y\": 1 }",
        "[1, \"two\", { \"three\": 3 }]",
        "{ \"quoted\": \"\u201C空转\u201D贸易\u2026 \u2027 \u202A\", \"n\": 1 }\r\n",
        "{\"compact\":{\"deeper\":[1,2,{\"x\":\"y\"}]},\"z\":null}",
        File.ReadAllText(RepositoryRoot.Combine("examples/yibin-2020/major-loss-ratio.json")),
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void TryRead_Json_GivesTheYamlParsersTree(string text) => AssertSameTree(text);

    [Fact]
    public void TryRead_GeneratedCases_GiveTheYamlParsersTree()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            AssertSameTree(BatchCases.Line(seed));
        }
    }

    [Fact]
    public void TryRead_MoreShortStringsThanItKeeps_ManyAlikeButInTheirMiddle_GivesEachAsWritten()
    {
        // Ids alike but in their middle bytes (the table tells strings with the same slot apart by their
        // bytes), more of them than the table keeps, and strings of every length it keeps; read twice.
        var strings = Enumerable.Range(0, 6000).Select(i => $"CSOE-ENERGY-{i:D6}-xxxxxxxxxx")
            .Concat(Enumerable.Range(0, 50).Select(length => new string('é', length / 2) + new string('x', length % 2)));
        var text = "[" + string.Join(", ", strings.Select(s => $"\"{s}\"")) + "]";
        AssertSameTree(text);
        AssertSameTree(text);
    }

    [Fact]
    public void TryRead_ShortStringsDifferingInOneByte_GivesEachAsWritten()
    {
        // For every length up to past the sixteen bytes a slot holds whole, the string and each variant with one
        // byte changed: a string is told from another of its length by every one of its bytes. Read twice (kept, then found).
        var strings = Enumerable.Range(0, 20).SelectMany(length => Enumerable.Range(0, length)
            .Select(changed => string.Concat(Enumerable.Range(0, length).Select(at => at == changed ? 'b' : 'a')))
            .Prepend(new string('a', length)));
        var text = "[" + string.Join(", ", strings.Select(s => $"\"{s}\"")) + "]";
        AssertSameTree(text);
        AssertSameTree(text);
    }

    [Theory]
    [InlineData("ruleset: x\n")]
    [InlineData("{ruleset: x}")]
    [InlineData("{\"a\": 1, \"a\": 2}")]
    [InlineData("{\"ab\": 1, \"ax\": 2, \"b\": 3, \"ab\": 4}")]
    [InlineData("{\"\": 1, \"x\": {\"\": 2}, \"\": 3}")]
    [InlineData("{\"a\": 1} # comment")]
    [InlineData("{\"a\": 1,}")]
    [InlineData("{\"a\": 1}\n{\"b\": 2}")]
    [InlineData("{\"a\":\t1}")]
    [InlineData("{\"a\": 1}\r")]
    [InlineData("{\"a\": \"x\u2028y\"}")]
    [InlineData("{\"a\": \"“x\u2029y”\"}")]
    [InlineData("{\"a\":\r 1}")]
    [InlineData("{\"a\": \"\\u001b[31m\"}")]
    [InlineData("{\"a\": \"\\u0000\"}")]
    [InlineData("\uFEFF{\"a\": 1}")]
    [InlineData("")]
    [InlineData("   ")]
    public void TryRead_WhatTheYamlReaderReadsOrReportsDifferently_IsLeftToIt(string text) =>
        Assert.Null(JsonTreeReader.TryRead(text, "t.json"));

    [Fact]
    public void TryRead_LoneSurrogate_IsLeftToTheYamlReader() =>
        Assert.Null(JsonTreeReader.TryRead("{\"a\": \"" + '\uD800' + "\"}", "t.json"));

    [Fact]
    public void TryRead_NestingPastTheLimit_IsLeftToTheYamlReaderWhichReportsIt()
    {
        var text = new string('[', YamlLimits.MaxDepth + 1) + new string(']', YamlLimits.MaxDepth + 1);
        Assert.Null(JsonTreeReader.TryRead(text, "t.json"));

        var errors = new LoadErrors();
        Assert.Null(YamlReader.Read(text, "t.json", errors));
        Assert.Contains(errors.ToImmutable(), d => d.Id == LoadDiagnostics.TooDeep.Id);
    }

    [Fact]
    public void TryRead_NestingAtTheLimit_IsRead() =>
        AssertSameTree(new string('[', YamlLimits.MaxDepth) + new string(']', YamlLimits.MaxDepth));

    [Fact]
    public void TryRead_FromAPool_GivesEachDocumentsTree_AndTheSameNodesForTheSameShapeOnceReturned()
    {
        // Documents of different shapes one after another, each read twice: the second read of a
        // document fills the nodes the first one had, in the same order.
        foreach (var text in Texts.Concat(Enumerable.Range(0, 50).Select(BatchCases.Line)))
        {
            var pool = YamlNodePool.Rent();
            var first = JsonTreeReader.TryRead(text, "t.json", pool);
            Assert.Equal(Render(Parse(text)), Render(first!));
            pool.Return();

            pool = YamlNodePool.Rent();
            var second = JsonTreeReader.TryRead(text, "t.json", pool);
            Assert.Same(first, second);
            Assert.Equal(Render(Parse(text)), Render(second!));
            pool.Return();
        }
    }

    [Fact]
    public void Rent_WhileTheThreadsPoolIsInUse_GivesAnotherOne()
    {
        var outer = YamlNodePool.Rent();
        var inner = YamlNodePool.Rent();
        var text = Texts[0];

        var outerTree = JsonTreeReader.TryRead(text, "t.json", outer);
        var innerTree = JsonTreeReader.TryRead(text, "t.json", inner);

        Assert.NotSame(outer, inner);
        Assert.NotSame(outerTree, innerTree);
        inner.Return();
        outer.Return();
    }

    [Fact]
    public void TryRead_FromBytes_ShortValues_AreTheInternedStringWhereThereIsOne_AndInternNoOther()
    {
        // A code a ruleset compares with is interned (the compiler interns its constants): read, it is that very
        // string, which the rules' equality tests find by reference. Another value is not interned by reading it.
        // On a thread of its own, whose table of strings no other test has filled.
        var known = string.Intern(string.Concat("json-known-", "8d41e0"));
        var other = string.Concat("json-other-", "8d41e0");
        var text = $"{{\"a\": \"{known}\", \"b\": [\"{other}\", \"{known}\"]}}";
        YamlMapping? tree = null;
        var thread = new Thread(() => tree = (YamlMapping?)JsonTreeReader.TryRead(text, "t.json", utf8: Encoding.UTF8.GetBytes(text)));
        thread.Start();
        thread.Join();

        Assert.NotNull(tree);
        var items = ((YamlSequence)tree.Entries[1].Value).Items;
        Assert.Same(known, ((YamlScalar)tree.Entries[0].Value).Value);
        Assert.Same(known, ((YamlScalar)items[1]).Value);
        Assert.Equal(other, ((YamlScalar)items[0]).Value);
        Assert.Null(string.IsInterned(other));
    }

    [Fact]
    public void TryRead_WithoutAPool_GivesNewNodes() =>
        Assert.NotSame(JsonTreeReader.TryRead(Texts[0], "t.json"), JsonTreeReader.TryRead(Texts[0], "t.json"));

    private static YamlNode Parse(string text)
    {
        var errors = new LoadErrors();
        var parsed = YamlReader.Parse(text, "t.json", errors);
        Assert.Equal(0, errors.Count);
        return parsed!;
    }

    private static void AssertSameTree(string text)
    {
        var fast = JsonTreeReader.TryRead(text, "t.json");
        Assert.NotNull(fast);
        Assert.Equal(Render(Parse(text)), Render(fast));

        // Read from the text's UTF-8 when the caller has it (a batch line read from bytes): the same tree.
        var fromBytes = JsonTreeReader.TryRead(text, "t.json", utf8: Encoding.UTF8.GetBytes(text));
        Assert.NotNull(fromBytes);
        Assert.Equal(Render(fast), Render(fromBytes));
    }

    /// <summary>The tree as text: every node with its position, every scalar with its style and value.</summary>
    private static string Render(YamlNode node)
    {
        var text = new StringBuilder();
        Append(node, 0);
        return text.ToString();

        void Append(YamlNode current, int depth)
        {
            text.Append(' ', depth * 2).Append(current.Start.Line).Append(':').Append(current.Start.Column).Append(' ');
            switch (current)
            {
                case YamlScalar scalar:
                    text.Append(scalar.Style).Append(' ').Append(scalar.Value).Append('\n');
                    break;
                case YamlSequence sequence:
                    text.Append("[\n");
                    foreach (var item in sequence.Items)
                    {
                        Append(item, depth + 1);
                    }

                    break;
                case YamlMapping mapping:
                    text.Append("{\n");
                    foreach (var entry in mapping.Entries)
                    {
                        Append(entry.Key, depth + 1);
                        Append(entry.Value, depth + 2);
                    }

                    break;
                default:
                    text.Append(current.Describe()).Append('\n');
                    break;
            }
        }
    }
}
