using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Tests.Data.Yaml;

public sealed class YamlValuesTest
{
    private static readonly SourceLocation At = new("t.yaml", 1, 1);

    private static YamlScalar Plain(string text) => new(At, text, YamlScalarStyle.Plain);

    [Theory]
    [InlineData("1000000", "1000000")]
    [InlineData("0.1", "0.1")]
    [InlineData("-2.50", "-2.50")]
    [InlineData("12345678901234567890.123456789", "12345678901234567890.123456789")]
    [InlineData("1e6", "1000000")]
    public void Number_Plain_ParsesExactlyAsDecimal(string text, string expected)
    {
        var errors = new LoadErrors();

        var number = YamlValues.Number(Plain(text), "n", errors);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), number);
        Assert.Equal(0, errors.Count);
    }

    [Theory]
    [InlineData("1,000")]
    [InlineData("1_000")]
    [InlineData(".inf")]
    [InlineData("0x10")]
    [InlineData("1e400")]
    public void Number_NotADecimal_IsAnError(string text)
    {
        var errors = new LoadErrors();

        Assert.Null(YamlValues.Number(Plain(text), "n", errors));
        Assert.Equal($"expected a number for 'n', found '{text}'", Assert.Single(errors.ToImmutable()).Message);
    }

    [Fact]
    public void Number_Quoted_OnlyWhenAllowed()
    {
        var quoted = new YamlScalar(At, "486000000.10", YamlScalarStyle.DoubleQuoted);
        var errors = new LoadErrors();

        Assert.Equal(486000000.10m, YamlValues.Number(quoted, "n", errors, allowQuoted: true));
        Assert.Null(YamlValues.Number(quoted, "n", errors));
        Assert.Equal(1, errors.Count);
    }

    [Fact]
    public void Date_Iso_Parses()
    {
        Assert.Equal(new LocalDate(2024, 2, 29), YamlValues.Date(Plain("2024-02-29"), "d", new LoadErrors()));
        Assert.Null(YamlValues.Date(Plain("2023-02-29"), "d", new LoadErrors()));
    }

    [Fact]
    public void Boolean_OnlyPlainTrueOrFalse()
    {
        var errors = new LoadErrors();

        Assert.True(YamlValues.Boolean(Plain("true"), "b", errors));
        Assert.False(YamlValues.Boolean(Plain("false"), "b", errors));
        Assert.Null(YamlValues.Boolean(Plain("yes"), "b", errors));
        Assert.Null(YamlValues.Boolean(new YamlScalar(At, "true", YamlScalarStyle.SingleQuoted), "b", errors));
        Assert.Equal(2, errors.Count);
    }
}
