using Accountability.Rules.Cli.Rendering;
using Accountability.Rules.Model;

namespace Accountability.Rules.Tests.Cli;

/// <summary>Invariant formatting of decimals, percentages, ranges and citations.</summary>
public sealed class FormatsTest
{
    [Theory]
    [InlineData("1000000.00", "1000000")]
    [InlineData("386500.50", "386500.5")]
    [InlineData("0.00001", "0.00001")]
    [InlineData("0", "0")]
    [InlineData("-12.3400", "-12.34")]
    public void Decimal_IsPlainInvariantWithoutTrailingZeros(string input, string expected)
    {
        Assert.Equal(expected, Formats.Decimal(decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Percent_CutsRatherThanRoundsLongValues()
    {
        Assert.Equal("4%", Formats.Percent(4m));
        Assert.Equal("2.5%", Formats.Percent(2.5m));
        Assert.Equal("≈2.9999%", Formats.Percent(2.99999999m));
    }

    [Fact]
    public void Amount_HasThousandsSeparators()
    {
        Assert.Equal("3,218,400", Formats.Amount(3_218_400m));
        Assert.Equal("386,500.5", Formats.Amount(386_500.50m));
    }

    [Theory]
    [InlineData(0, 50, true, "0% to below 50%")]
    [InlineData(50, 100, false, "50%–100%")]
    [InlineData(100, 100, false, "100%")]
    public void Range_ReadsAsTheTextDoes(int min, int max, bool maxExclusive, string expected)
    {
        Assert.Equal(expected, TextRenderer.Range(min, max, maxExclusive));
    }

    [Fact]
    public void Citation_LeavesOutThePrimaryDocument()
    {
        Assert.Equal("Art. 19(2)", Formats.Citation(new Citation("yibin-2020", "Art. 19(2)"), "yibin-2020"));
        Assert.Equal("national-2016 五(二)3", Formats.Citation(new Citation("national-2016", "五(二)3"), "yibin-2020"));
    }
}
