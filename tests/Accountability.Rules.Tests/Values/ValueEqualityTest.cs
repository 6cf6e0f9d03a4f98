using System.Collections.Immutable;
using Accountability.Rules.Facts;
using NodaTime;

namespace Accountability.Rules.Tests.Values;

/// <summary>Equal values have equal hash codes, whatever instances they were built from.</summary>
public sealed class ValueEqualityTest
{
    public static TheoryData<string, Value, Value> EqualPairs() => new()
    {
        { "number with different scale", Value.Of(1.5m), Value.Of(1.50m) },
        { "text", Value.Of("诫勉"), Value.Of(new string("诫勉".AsSpan())) },
        { "text list", Value.Of(ImmutableArray.Create("诫勉", "降职")), Value.Of(ImmutableArray.Create(new string("诫勉".AsSpan()), "降职")) },
        { "empty and default text list", Value.Of(ImmutableArray<string>.Empty), Value.Of(default(ImmutableArray<string>)) },
        { "period", Value.Of(Period.FromMonths(6)), Value.Of(new PeriodBuilder { Months = 6 }.Build()) },
        { "date", Value.Of(new LocalDate(2024, 7, 15)), Value.Of(new LocalDate(2024, 7, 15)) },
        { "boolean", Value.Of(true), Value.True },
        { "null", Value.Null, Value.Of((string?)null) },
    };

    public static TheoryData<string, Value, Value> UnequalPairs() => new()
    {
        { "text list item", Value.Of(ImmutableArray.Create("诫勉", "降职")), Value.Of(ImmutableArray.Create("诫勉", "免职")) },
        { "text list order", Value.Of(ImmutableArray.Create("诫勉", "降职")), Value.Of(ImmutableArray.Create("降职", "诫勉")) },
        { "text list length", Value.Of(ImmutableArray.Create("诫勉")), Value.Of(ImmutableArray.Create("诫勉", "诫勉")) },
        { "text case", Value.Of("Major"), Value.Of("major") },
        { "period units", Value.Of(Period.FromMonths(12)), Value.Of(Period.FromYears(1)) },
        { "kind", Value.Of("1"), Value.Of(1m) },
        { "number", Value.Of(1.5m), Value.Of(1.6m) },
        { "date", Value.Of(new LocalDate(2024, 7, 15)), Value.Of(new LocalDate(2024, 7, 16)) },
        { "boolean", Value.True, Value.False },
        { "number and boolean of the same payload", Value.Of(1m), Value.True },
        { "number and date", Value.Of(0m), Value.Of(new LocalDate(1, 1, 1)) },
        { "text of the same length", Value.Of("major"), Value.Of("minor") },
        { "null and text", Value.Null, Value.Of("") },
        { "text and null", Value.Of(""), Value.Null },
        { "null and number", Value.Null, Value.Of(0m) },
    };

    [Theory]
    [MemberData(nameof(EqualPairs))]
    public void EqualValues_HaveEqualHashCodes(string what, Value left, Value right)
    {
        Assert.True(left.Equals(right), what);
        Assert.True(left == right, what);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(EqualPairs))]
    public void EqualValues_AddTheSameToAFactsHash(string what, Value left, Value right)
    {
        var (leftHash, rightHash) = (new HashCode(), new HashCode());
        left.AddTo(ref leftHash);
        right.AddTo(ref rightHash);

        Assert.True(leftHash.ToHashCode() == rightHash.ToHashCode(), what);
    }

    [Theory]
    [MemberData(nameof(UnequalPairs))]
    public void DifferentValues_AreNotEqual(string what, Value left, Value right)
    {
        Assert.False(left.Equals(right), what);
        Assert.True(left != right, what);
    }

    [Fact]
    public void TextList_HashesItsItems_NotTheArray()
    {
        var items = new[] { "诫勉", "降职" };
        var set = new HashSet<Value> { Value.Of(ImmutableArray.Create(items)) };

        Assert.Contains(Value.Of(ImmutableArray.Create(items)), set);
        Assert.DoesNotContain(Value.Of(ImmutableArray.Create("诫勉")), set);
    }
}
