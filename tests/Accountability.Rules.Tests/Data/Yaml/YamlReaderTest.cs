using Accountability.Rules.Data;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Model;

namespace Accountability.Rules.Tests.Data.Yaml;

public sealed class YamlReaderTest
{
    private static (YamlNode? Root, LoadErrors Errors) Read(string text)
    {
        var errors = new LoadErrors();
        return (YamlReader.Read(text, "t.yaml", errors), errors);
    }

    [Fact]
    public void Read_BlockMapping_KeepsPositionsAndScalarStyles()
    {
        var (root, errors) = Read("a: 123\nb: \"123\"\nc:\n  - 'x'\n  - |\n    text\n");

        Assert.Equal(0, errors.Count);
        var mapping = Assert.IsType<YamlMapping>(root);
        Assert.Equal(new SourceLocation("t.yaml", 1, 1), mapping.Start);
        var a = Assert.IsType<YamlScalar>(mapping.Find("a")?.Value);
        var b = Assert.IsType<YamlScalar>(mapping.Find("b")?.Value);
        Assert.Equal(("123", YamlScalarStyle.Plain, 1, 4), (a.Value, a.Style, a.Start.Line, a.Start.Column));
        Assert.Equal(("123", YamlScalarStyle.DoubleQuoted, 2, 4), (b.Value, b.Style, b.Start.Line, b.Start.Column));
        var list = Assert.IsType<YamlSequence>(mapping.Find("c")?.Value);
        Assert.Equal(new SourceLocation("t.yaml", 4, 3), list.Start);
        Assert.Equal([YamlScalarStyle.SingleQuoted, YamlScalarStyle.Literal], list.Items.Cast<YamlScalar>().Select(s => s.Style));
    }

    [Fact]
    public void Read_Json_IsReadAsFlowYaml()
    {
        var (root, errors) = Read("{\"ruleset\":\"x\", \"n\": 1.50, \"list\": [true, null]}");

        Assert.Equal(0, errors.Count);
        var mapping = Assert.IsType<YamlMapping>(root);
        Assert.Equal(["ruleset", "n", "list"], mapping.Entries.Select(e => e.KeyText));
        var list = Assert.IsType<YamlSequence>(mapping.Find("list")?.Value);
        Assert.True(((YamlScalar)list.Items[1]).IsNull);
        Assert.Equal(new SourceLocation("t.yaml", 1, 22), mapping.Find("n")?.Value.Start);
    }

    [Fact]
    public void Read_NullForms_AreNullOnlyWhenPlain()
    {
        var (root, _) = Read("a:\nb: ~\nc: null\nd: 'null'\n");

        var mapping = Assert.IsType<YamlMapping>(root);
        Assert.Equal([true, true, true, false], mapping.Entries.Select(e => ((YamlScalar)e.Value).IsNull));
    }

    [Fact]
    public void Read_DuplicateKey_ReportsBothPositionsAndKeepsTheFirst()
    {
        var (root, errors) = Read("a: 1\nb: 2\na: 3\n");

        var error = Assert.Single(errors.ToImmutable());
        Assert.Equal(new Diagnostic("ACR0112", DiagnosticSeverity.Error, new SourceLocation("t.yaml", 3, 1), "duplicate key 'a' (first at line 1, column 1)", "remove one of the two entries or rename one"), error);
        Assert.Equal("1", ((YamlScalar)((YamlMapping)root!).Find("a")!.Value.Value).Value);
    }

    [Fact]
    public void Read_AnchorAliasAndTag_AreErrors()
    {
        var (_, errors) = Read("a: &x 1\nb: *x\nc: !!str 3\n");

        Assert.Equal(
            [
                "t.yaml:1:4: error ACR0108: anchors (&x) are not supported (hint: write the value out in full where it is needed)",
                "t.yaml:2:4: error ACR0109: aliases (*x) are not supported (hint: write the value out in full where it is needed)",
                "t.yaml:3:4: error ACR0110: tags (tag:yaml.org,2002:str) are not supported (hint: remove the tag; quote the value if it must be text)",
            ],
            errors.ToImmutable().Select(e => e.ToString()));
    }

    [Fact]
    public void Read_TwoDocuments_ErrorAtTheSecond()
    {
        var (_, errors) = Read("a: 1\n---\nb: 2\n");

        var error = Assert.Single(errors.ToImmutable());
        Assert.Equal(("ACR0107", 2, 1), (error.Id, error.Location!.Line, error.Location.Column));
    }

    [Fact]
    public void Read_SyntaxError_ErrorAtTheParserMark()
    {
        var (root, errors) = Read("a:\n  b: 1\n c: 2\n");

        Assert.Null(root);
        var error = Assert.Single(errors.ToImmutable());
        Assert.Equal(("ACR0104", 3, 2), (error.Id, error.Location!.Line, error.Location!.Column));
    }

    [Fact]
    public void Read_UnclosedFlowSequence_IsAnErrorNotAnException()
    {
        var (root, errors) = Read("a: [1, 2\nb: 3\n");

        Assert.Null(root);
        Assert.StartsWith("YAML syntax error: ", Assert.Single(errors.ToImmutable()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedTag_IsASyntaxErrorNotAnException()
    {
        // The parser throws an argument exception, not a YAML one, for a global tag that is not a URI.
        var (root, errors) = Read("a: 1\nb: !!in[ 3\n");

        Assert.Null(root);
        var error = Assert.Single(errors.ToImmutable());
        Assert.Equal(("ACR0104", 2), (error.Id, error.Location!.Line));
        Assert.Contains("tag here is malformed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NestingBeyondTheLimit_IsRejected()
    {
        var depth = YamlLimits.MaxDepth + 1;
        var (root, errors) = Read(new string('[', depth) + new string(']', depth));

        Assert.Null(root);
        var error = Assert.Single(errors.ToImmutable());
        Assert.Equal(("ACR0103", 1, depth), (error.Id, error.Location!.Line, error.Location!.Column));
    }

    [Fact]
    public void Read_NestingAtTheLimit_IsAccepted()
    {
        var depth = YamlLimits.MaxDepth;
        var (root, errors) = Read(new string('[', depth) + new string(']', depth));

        Assert.NotNull(root);
        Assert.Equal(0, errors.Count);
    }

    [Fact]
    public void Read_DocumentBeyondTheSizeLimit_IsRejectedBeforeParsing()
    {
        var (root, errors) = Read("a: " + new string('x', YamlLimits.MaxCharacters));

        Assert.Null(root);
        Assert.Equal(new SourceLocation("t.yaml", 1, 1), Assert.Single(errors.ToImmutable()).Location);
    }

    [Theory]
    [InlineData("{\"a\": \"x\u001by\"}", 1, 9, "U+001B")]
    [InlineData("{\"a\": \"x\u0000\"}", 1, 9, "U+0000")]
    [InlineData("{\"a\": \"x\u007f\"}", 1, 9, "U+007F")]
    [InlineData("{\"a\": \"x\u009by\"}", 1, 9, "U+009B")]
    [InlineData("a: x\r\nb: \"\ty\u0085\"\n", 2, 7, "U+0085")]
    public void Read_RawControlCharacter_IsReportedAtItsPosition_LayoutIsNot(string text, int line, int column, string character)
    {
        var (root, errors) = Read(text);

        Assert.Null(root);
        var error = Assert.Single(errors.ToImmutable());
        Assert.Equal("ACR0113", error.Id);
        Assert.Equal(new SourceLocation("t.yaml", line, column), error.Location);
        Assert.Contains(character, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyDocument_IsAnError()
    {
        var (root, errors) = Read("# only a comment\n");

        Assert.Null(root);
        Assert.Equal("ACR0106", Assert.Single(errors.ToImmutable()).Id);
    }

    [Fact]
    public void Read_ComplexKey_IsAnError()
    {
        var (_, errors) = Read("? [a]\n: 1\n");

        Assert.Equal("a key must be a scalar, not a list", Assert.Single(errors.ToImmutable()).Message);
    }
}
