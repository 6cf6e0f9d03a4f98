using System.Collections.Immutable;
using Accountability.Rules.Facts;
using NodaTime;

namespace Accountability.Rules.Tests.Values;

/// <summary>
/// The canonical order of values that results list facts in (<see cref="FactValueOrder"/>), as documented:
/// the absent value first, numbers, dates, texts (ordinal) and booleans of one kind by value, and any
/// other pair (a period, a list, two kinds) by their invariant texts. Every pair of a sample of each kind.
/// </summary>
public sealed class CanonicalOrderTest
{
    private static readonly Value[] Sample =
    [
        Value.Null,
        Value.Of(-1.5m), Value.Of(0m), Value.Of(2021m), Value.Of(2021.00m), Value.Of(10m),
        Value.Of(new LocalDate(2024, 2, 29)), Value.Of(new LocalDate(2023, 12, 31)), Value.Of(new LocalDate(2024, 2, 29)),
        Value.Of("b"), Value.Of("B"), Value.Of("a"), Value.Of("一般"), Value.Of("较大"), Value.Of(string.Concat("a", "b")), Value.Of("ab"), Value.Of(""),
        Value.True, Value.False,
        Value.Of(Period.FromMonths(6)), Value.Of(Period.FromDays(10)), Value.Of(Period.FromMonths(6)),
        Value.Of(["x", "y"]), Value.Of(["x"]), Value.Of(ImmutableArray.Create("x", "y")),
    ];

    public static TheoryData<int> Indexes => [.. Enumerable.Range(0, Sample.Length)];

    [Theory]
    [MemberData(nameof(Indexes))]
    public void CompareCanonically_EveryPair_AsDocumented(int left)
    {
        var x = Sample[left];
        foreach (var y in Sample)
        {
            Assert.Equal(Math.Sign(Documented(x, y)), Math.Sign(x.CompareCanonically(y)));
            Assert.Equal(-Math.Sign(x.CompareCanonically(y)), Math.Sign(y.CompareCanonically(x)));
        }
    }

    [Fact]
    public void Compare_FactsOfOneType_FieldByFieldInOrder()
    {
        var schema = new FactSchema(
            "line",
            FactOrigin.Derived,
            "A line.",
            [new FieldSchema("document", ValueKind.Text, 0, Optional: false, "Its document."), new FieldSchema("number", ValueKind.Number, 1, Optional: true, "Its number.")],
            ordinal: 0);
        var facts = new[]
        {
            Fact.Create(schema, [Value.Of("b"), Value.Of(1m)]),
            Fact.Create(schema, [Value.Of("a"), Value.Of(10m)]),
            Fact.Create(schema, [Value.Of("a"), Value.Of(9m)]),
            Fact.Create(schema, [Value.Of("a"), Value.Null]),
        };

        var ordered = facts.Order(FactValueOrder.Instance).Select(f => $"{f[0]} {f[1]}");

        Assert.Equal(["a null", "a 9", "a 10", "b 1"], ordered);
    }

    /// <summary>The order as its documentation states it, from the public members of <see cref="Value"/>.</summary>
    private static int Documented(Value x, Value y)
    {
        if (x.IsNull || y.IsNull)
        {
            return x.IsNull == y.IsNull ? 0 : x.IsNull ? -1 : 1;
        }

        return x.Kind == y.Kind && x.Kind is ValueKind.Number or ValueKind.Date or ValueKind.Text or ValueKind.Boolean
            ? x.CompareTo(y)
            : string.CompareOrdinal(x.ToString(), y.ToString());
    }
}
