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
    [InlineData("123456789012345.123456", "123456789012345.123456")]
    public void Number_Plain_ParsesExactlyAsDecimal(string text, string expected)
    {
        var errors = new LoadErrors();

        var number = YamlValues.Number(Plain(text), "n", errors);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), number);
        Assert.Equal(0, errors.Count);
    }

    [Theory]
    [InlineData("2022.00")]
    [InlineData("1.0")]
    [InlineData("0.00")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("007")]
    [InlineData("-5.50")]
    [InlineData("13667343.74")]
    [InlineData("123456789012345678")]
    [InlineData("12345678901234567.8")]
    [InlineData("1234567890123456789")]
    [InlineData("0.0000000000000000001")]
    [InlineData("+1")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("-")]
    [InlineData("1.2.3")]
    [InlineData("-.5")]
    [InlineData(" 1")]
    public void TryParseNumber_GivesTheGeneralParsersDecimal_ItsScaleAndSignAsWritten(string text)
    {
        var parsed = YamlValues.TryParseNumber(text, out var number);

        var expected = decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var general)
            && text.Trim().Length == text.Length;
        Assert.Equal(expected, parsed);
        Assert.Equal(decimal.GetBits(expected ? general : 0m), decimal.GetBits(number));
    }

    [Theory]
    [InlineData("1,000")]
    [InlineData("1_000")]
    [InlineData(".inf")]
    [InlineData("0x10")]
    [InlineData("1e400")]
    [InlineData("1e6")]
    [InlineData("0.1e-400")]
    [InlineData("5E-1")]
    public void Number_NotADecimal_IsAnError(string text)
    {
        var errors = new LoadErrors();

        Assert.Null(YamlValues.Number(Plain(text), "n", errors));
        Assert.Equal($"expected a number for 'n', found '{text}'", Assert.Single(errors.ToImmutable()).Message);
    }

    [Theory]
    [InlineData("1000000000000001", "out of range")]
    [InlineData("-79228162514264337593543950335", "out of range")]
    [InlineData("0.0000001", "too many decimal places")]
    public void Number_OutOfRange_IsAnError(string text, string message)
    {
        var errors = new LoadErrors();

        Assert.Null(YamlValues.Number(Plain(text), "n", errors));
        Assert.Contains(message, Assert.Single(errors.ToImmutable()).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-20")]
    [InlineData("3000-01-01")]
    [InlineData("1899-12-31")]
    public void Date_OutOfRange_IsAnError(string text)
    {
        var errors = new LoadErrors();

        Assert.Null(YamlValues.Date(Plain(text), "d", errors));
        Assert.Contains("out of range", Assert.Single(errors.ToImmutable()).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P99999Y")]
    [InlineData("P101Y")]
    [InlineData("P-6M")]
    [InlineData("P1M-60D")]
    [InlineData("P2147483647D")]
    public void Period_NegativeOrTooLong_IsAnError(string text)
    {
        var errors = new LoadErrors();

        Assert.Null(YamlValues.Period(Plain(text), "p", errors));
        Assert.Contains("out of range", Assert.Single(errors.ToImmutable()).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P100Y")]
    [InlineData("P4M-1D")]
    [InlineData("P1200M")]
    public void Period_WithinRange_Parses(string text)
    {
        var errors = new LoadErrors();

        Assert.NotNull(YamlValues.Period(Plain(text), "p", errors));
        Assert.Equal(0, errors.Count);
    }

    [Fact]
    public void Number_RejectedNode_CountsAsReported()
    {
        var errors = new LoadErrors();
        var mark = errors.Reported;

        Assert.Null(YamlValues.Number(new YamlInvalidNode(At), "n", errors));
        Assert.NotEqual(mark, errors.Reported);
        Assert.Equal(0, errors.Count);
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
