using Accountability.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Tests.Values;

/// <summary><see cref="IsoDate"/> reads and writes exactly what <see cref="LocalDatePattern.Iso"/> does, whichever path it takes.</summary>
public sealed class IsoDateTest
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9, 9, 9)]
    [InlineData(2020, 2, 29)]
    [InlineData(2024, 6, 28)]
    [InlineData(9999, 12, 31)]
    [InlineData(0, 1, 1)]
    [InlineData(-5, 3, 4)]
    [InlineData(-9998, 1, 1)]
    public void Format_AsTheIsoPattern(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);

        Assert.Equal(LocalDatePattern.Iso.Format(date), IsoDate.Format(date));
    }

    [Fact]
    public void Format_EveryDayOfALeapYear_AsTheIsoPattern()
    {
        for (var date = new LocalDate(2024, 1, 1); date.Year == 2024; date = date.PlusDays(1))
        {
            Assert.Equal(LocalDatePattern.Iso.Format(date), IsoDate.Format(date));
        }
    }

    [Theory]
    [InlineData("2024-06-28")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2020-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("2023-04-31")]
    [InlineData("2023-13-01")]
    [InlineData("2023-00-10")]
    [InlineData("2023-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("-0005-03-04")]
    [InlineData("2023-1-01")]
    [InlineData("20230101")]
    [InlineData(" 2023-01-01")]
    [InlineData("2023-01-01 ")]
    [InlineData("2023/01/01")]
    [InlineData("２０２３-01-01")]
    [InlineData("")]
    public void Parse_AsTheIsoPattern(string text)
    {
        var expected = LocalDatePattern.Iso.Parse(text);

        Assert.Equal(expected.Success ? expected.Value : null, IsoDate.Parse(text));
    }
}
