using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Accountability.Rules.Facts;
using NodaTime;

namespace Accountability.Rules.Tests.Values;

/// <summary>
/// <see cref="Value"/> is 16 bytes (every fact holds an array of them): the kind is carried by the
/// reference, and a number whose digits fit in 58 bits, the date and the boolean share the other eight
/// bytes; a larger number is boxed. Each kind still reads back exactly what it was made of, numbers
/// with their scale, and <c>default</c> is the absent value.
/// </summary>
public sealed class ValueLayoutTest
{
    [Fact]
    public void Value_Is16Bytes()
    {
        Assert.Equal(16, Unsafe.SizeOf<Value>());
    }

    /// <summary>
    /// Numbers either side of the compact form's bounds (digits of 58 bits), with every scale and sign, as
    /// invariant texts (so that 0, -0 and 0.00 are three rows).
    /// </summary>
    public static TheoryData<string> Numbers() => [.. NumberTexts];

    private static readonly string[] NumberTexts =
    [
        "0", "-0", "0.00", "-0.000", "1", "-1", "2021", "2021.00", "0.0500", "123456789.12", "-0.5",
        "288230376151711743", "-288230376151711743", "288230376151711744", "-288230376151711744", "288230376151711745",
        "288230376151711.743", "2.88230376151711744", "9223372036854775807", "18446744073709551615",
        "79228162514264337593543950335", "-79228162514264337593543950335", "0.0000000000000000000000000001",
        "-7.9228162514264337593543950335", "0.0000000000000000000000012345", "100000000000000000000000",
    ];

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Number_ReadsBackExactly_WithItsScaleAndSign(string text)
    {
        var number = Parse(text);
        var value = Value.Of(number);

        Assert.Equal(ValueKind.Number, value.Kind);
        Assert.Equal(decimal.GetBits(number), decimal.GetBits(value.AsNumber));
        Assert.Equal((number / 1.0000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture), value.ToString());
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Numbers_CompactOrLarge_EqualHashAndOrderAsTheirDecimals(string text)
    {
        var number = Parse(text);
        foreach (var other in NumberTexts.Select(Parse))
        {
            var (value, otherValue) = (Value.Of(number), Value.Of(other));
            Assert.Equal(number == other, value.Equals(otherValue));
            Assert.Equal(number == other, otherValue.Equals(value));
            Assert.Equal(Math.Sign(number.CompareTo(other)), Math.Sign(value.CompareTo(otherValue)));
            Assert.Equal(Math.Sign(number.CompareTo(other)), Math.Sign(value.CompareCanonically(otherValue)));
            if (number == other)
            {
                Assert.Equal(value.GetHashCode(), otherValue.GetHashCode());
                var (hash, otherHash) = (default(HashCode), default(HashCode));
                value.AddTo(ref hash);
                otherValue.AddTo(ref otherHash);
                Assert.Equal(hash.ToHashCode(), otherHash.ToHashCode());
            }
        }
    }

    [Fact]
    public void Default_IsTheAbsentValue()
    {
        var value = default(Value);

        Assert.Equal(ValueKind.Null, value.Kind);
        Assert.True(value.IsNull);
        Assert.Equal(Value.Null, value);
        Assert.Equal("null", value.ToString());
        Assert.Null(value.AsNullableNumber);
        Assert.Throws<InvalidOperationException>(() => value.AsNumber);
    }

    public static TheoryData<string, Value, ValueKind, string> Kinds() => new()
    {
        { "number", Value.Of(2021.00m), ValueKind.Number, "2021" },
        { "negative number", Value.Of(-0.5m), ValueKind.Number, "-0.5" },
        { "text", Value.Of("诫勉"), ValueKind.Text, "诫勉" },
        { "true", Value.True, ValueKind.Boolean, "true" },
        { "false", Value.Of(false), ValueKind.Boolean, "false" },
        { "date", Value.Of(new LocalDate(2024, 7, 15)), ValueKind.Date, "2024-07-15" },
        { "period", Value.Of(Period.FromMonths(6)), ValueKind.Period, "P6M" },
        { "text list", Value.Of(ImmutableArray.Create("诫勉", "降职")), ValueKind.TextList, "诫勉, 降职" },
        { "null text", Value.Of((string?)null), ValueKind.Null, "null" },
        { "null number", Value.Of((decimal?)null), ValueKind.Null, "null" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EachKind_ReadsBackItsKindAndText(string what, Value value, ValueKind kind, string text)
    {
        Assert.Equal(kind, value.Kind);
        Assert.Equal(kind == ValueKind.Null, value.IsNull);
        Assert.True(text == value.ToString(), what);
    }

    [Fact]
    public void EachKind_ReadsBackWhatItWasMadeOf_AndRefusesTheOthers()
    {
        var date = new LocalDate(2024, 7, 15);
        var period = Period.FromMonths(6);
        var texts = ImmutableArray.Create("诫勉");

        Assert.Equal(12.5m, Value.Of(12.5m).AsNumber);
        Assert.Equal("诫勉", Value.Of("诫勉").AsText);
        Assert.True(Value.True.AsBoolean);
        Assert.False(Value.False.AsBoolean);
        Assert.Equal(date, Value.Of(date).AsDate);
        Assert.Same(period, Value.Of(period).AsPeriod);
        Assert.Equal(texts, Value.Of(texts).AsTextList);

        Assert.Throws<InvalidOperationException>(() => Value.Of(date).AsNumber);
        Assert.Throws<InvalidOperationException>(() => Value.Of(1m).AsDate);
        Assert.Throws<InvalidOperationException>(() => Value.Of(1m).AsBoolean);
        Assert.Throws<InvalidOperationException>(() => Value.True.AsNumber);
        Assert.Throws<InvalidOperationException>(() => Value.Of("1").AsTextList);
        Assert.Throws<InvalidOperationException>(() => Value.Of(texts).AsText);
    }

    [Fact]
    public void CompareTo_OrdersEachOrderedKind_AndRefusesTheRest()
    {
        Assert.True(Value.Of(2m).CompareTo(Value.Of(10.00m)) < 0);
        Assert.Equal(0, Value.Of(2021m).CompareTo(Value.Of(2021.00m)));
        Assert.True(Value.Of("b").CompareTo(Value.Of("a")) > 0);
        Assert.True(Value.Of(new LocalDate(2024, 1, 2)).CompareTo(Value.Of(new LocalDate(2024, 1, 1))) > 0);
        Assert.True(Value.False.CompareTo(Value.True) < 0);

        var different = Assert.Throws<InvalidOperationException>(() => Value.Of(1m).CompareTo(Value.Of(new LocalDate(2024, 1, 1))));
        Assert.Contains("Left=Number Right=Date", different.Message, StringComparison.Ordinal);
        var unordered = Assert.Throws<InvalidOperationException>(() => Value.Of(Period.FromDays(1)).CompareTo(Value.Of(Period.FromDays(1))));
        Assert.Contains("Kind=Period", unordered.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Value.Null.CompareTo(Value.Null));
    }

    [Fact]
    public void NumbersDatesAndBooleans_AreNotEqualAcrossKinds()
    {
        Assert.NotEqual(Value.Of(1m), Value.True);
        Assert.NotEqual(Value.Of(0m), Value.False);
        Assert.NotEqual(Value.Of(0m), Value.Null);
        Assert.NotEqual(Value.Of(new LocalDate(1, 1, 1)), Value.Of(0m));
        Assert.NotEqual(Value.Null, Value.Of(ImmutableArray<string>.Empty));
    }
}
