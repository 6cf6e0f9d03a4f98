using System.Text.Encodings.Web;
using System.Text.Json;
using Accountability.Rules.Data.Yaml;

namespace Accountability.Rules.Tests.Data.Yaml;

/// <summary>
/// The JSON text the effective ruleset (<c>show</c>) and the test suites' mismatches print is what the
/// reflection-based serializer gave before, without reflection (the native command has none).
/// </summary>
public sealed class JsonTextTest
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> Texts() =>
    [
        "",
        "第三条",
        "quote \" backslash \\ slash / tab \t line\nreturn\r",
        "\u0001 control \u001f and \u007f",
        "<script>&'",
        "emoji 😀 and surrogate \ud83d\ude00",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Quote_IsTheSerializersJsonString_WithTextOutsideAsciiAsItIs(string text)
    {
        var quoted = JsonText.Quote(text);

        Assert.Equal(JsonSerializer.Serialize(text, Relaxed), quoted);
        Assert.Equal(text, JsonSerializer.Deserialize<string>(quoted));
    }

    [Fact]
    public void Quote_WritesChineseTextUnescaped() => Assert.Equal("\"第三条（一）\"", JsonText.Quote("第三条（一）"));

    [Theory]
    [InlineData("{ \"tier\": \"较大\", \"persons\": [ { \"n\": 1.50 }, null, true ] }", "{\"tier\":\"较大\",\"persons\":[{\"n\":1.50},null,true]}")]
    [InlineData("  [ ]  ", "[]")]
    [InlineData("\"a\\u0022b\"", "\"a\\\"b\"")]
    public void Compact_WritesTheValueOnOneLine(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, JsonText.Compact(document.RootElement));
        Assert.Equal(JsonSerializer.Serialize(document.RootElement, Relaxed), JsonText.Compact(document.RootElement));
    }
}
