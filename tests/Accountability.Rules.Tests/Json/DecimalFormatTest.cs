using System.Globalization;
using Accountability.Rules.Json;

namespace Accountability.Rules.Tests.Json;

/// <summary>
/// <see cref="CaseResultJson.FormatDecimal(decimal)"/> writes a decimal as the custom format
/// <c>0.############################</c> does (plain, trailing zeros trimmed), although it trims the
/// general format or writes the digits of a 64-bit one itself: the same text for edge values and for many random ones of every scale.
/// </summary>
public sealed class DecimalFormatTest
{
    private const string Plain = "0.############################";

    public static TheoryData<decimal> EdgeValues() =>
    [
        0m, -0m, 0.000m, new decimal(0, 0, 0, isNegative: true, scale: 5), 1m, -1m, 1.50m, -1.50m, 100m, 100.00m, 2_100_000.00m,
        0.1m, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m, decimal.MaxValue, decimal.MinValue,
        7.9228162514264337593543950335m, 12.345000m, 10m / 3m, -10m / 3m, 1e20m,
        ulong.MaxValue, -(decimal)ulong.MaxValue, (decimal)ulong.MaxValue + 1, 1.8446744073709551615m, 0.0000000018446744073709551615m,
        new decimal(-1, -1, 0, isNegative: true, scale: 28), 0.05m, -0.5m, 123.000m, 10.10m, 2_500_000m, 0.840000m, 1000000000000000000m,
    ];

    [Theory]
    [MemberData(nameof(EdgeValues), DisableDiscoveryEnumeration = true)]
    public void FormatDecimal_EdgeValue_IsTheCustomFormat(decimal value) =>
        Assert.Equal(value.ToString(Plain, CultureInfo.InvariantCulture), CaseResultJson.FormatDecimal(value));

    [Fact]
    public void FormatDecimal_RandomValuesOfEveryScale_AreTheCustomFormat()
    {
        var random = new Random(20261201);
        for (var i = 0; i < 20_000; i++)
        {
            var value = new decimal(
                random.Next(),
                random.Next(4) == 0 ? random.Next() : 0,
                random.Next(8) == 0 ? random.Next() : 0,
                random.Next(2) == 0,
                (byte)random.Next(29));

            Assert.Equal(value.ToString(Plain, CultureInfo.InvariantCulture), CaseResultJson.FormatDecimal(value));
        }
    }

    [Fact]
    public void FormatDecimal_RandomSixtyFourBitDigitsOfEveryScale_AreTheCustomFormat()
    {
        var random = new Random(20261202);
        Span<byte> bytes = stackalloc byte[8];
        for (var i = 0; i < 20_000; i++)
        {
            random.NextBytes(bytes);
            var digits = BitConverter.ToUInt64(bytes) >> random.Next(64);
            var value = new decimal(unchecked((int)digits), unchecked((int)(digits >> 32)), 0, random.Next(2) == 0, (byte)random.Next(29));

            Assert.Equal(value.ToString(Plain, CultureInfo.InvariantCulture), CaseResultJson.FormatDecimal(value));
        }
    }
}
