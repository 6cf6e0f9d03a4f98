using Accountability.Rules.Engine;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Tests.Engine;

/// <summary>
/// <see cref="FactIdentityMap{TValue}"/> holds what a dictionary by reference holds: random runs of adds,
/// lookups, removals and clears give the same answers as <see cref="Dictionary{TKey, TValue}"/> with
/// <see cref="ReferenceEqualityComparer"/>, over facts enough to grow the map and to fill probe runs
/// whose removals shift facts back (facts made in a row have hashes a slot apart, and the hundredth
/// after a fact shares its slot in a map of 64 or 128); equal facts that are other instances are other keys.
/// </summary>
public sealed class FactIdentityMapTest
{
    private static readonly FactSchema Item = new(
        "item",
        FactOrigin.Derived,
        "An item.",
        [new FieldSchema("number", ValueKind.Number, 0, Optional: false, "Its number.")],
        ordinal: 0);

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 300)]
    [InlineData(3, 3_000)]
    [InlineData(4, 40_000)]
    public void RandomOperations_AnswerAsADictionaryByReference(int seed, int factCount)
    {
        var random = new Random(seed);
        var facts = Enumerable.Range(0, factCount).Select(i => Fact.Create(Item, [Value.Of(i % 7)])).ToArray();
        var map = new FactIdentityMap<string>();
        var expected = new Dictionary<Fact, string>(ReferenceEqualityComparer.Instance);

        for (var step = 0; step < factCount * 6; step++)
        {
            var fact = facts[random.Next(facts.Length)];
            switch (random.Next(100))
            {
                case < 45:
                    var value = $"v{step}";
                    Assert.Equal(expected.TryAdd(fact, value), map.TryAdd(fact, value));
                    break;
                case < 75:
                    Assert.Equal(expected.Remove(fact), map.Remove(fact));
                    break;
                case < 99:
                    Assert.Equal(expected.TryGetValue(fact, out var held), map.TryGetValue(fact, out var found));
                    Assert.Same(held, found);
                    Assert.Equal(expected.ContainsKey(fact), map.ContainsKey(fact));
                    break;
                default:
                    expected.Clear();
                    map.Clear();
                    break;
            }

            Assert.Equal(expected.Count, map.Count);
        }

        foreach (var fact in facts)
        {
            Assert.Equal(expected.TryGetValue(fact, out var held), map.TryGetValue(fact, out var found));
            Assert.Same(held, found);
        }
    }

    [Fact]
    public void RemovingEveryFact_InAnyOrder_LeavesTheOthersFound()
    {
        var facts = Enumerable.Range(0, 500).Select(i => Fact.Create(Item, [Value.Of(i)])).ToArray();
        var map = new FactIdentityMap<Fact>();
        foreach (var fact in facts)
        {
            map.Add(fact, fact);
        }

        var order = facts.OrderBy(f => f.IdentityHash % 13).ThenByDescending(f => f[0].AsNumber).ToArray();
        for (var i = 0; i < order.Length; i++)
        {
            Assert.True(map.Remove(order[i]));
            Assert.False(map.ContainsKey(order[i]));
            for (var j = i + 1; j < order.Length; j += 7)
            {
                Assert.True(map.TryGetValue(order[j], out var found));
                Assert.Same(order[j], found);
            }
        }

        Assert.Equal(0, map.Count);
    }

    [Fact]
    public void AnEqualFactThatIsAnotherInstance_IsAnotherKey()
    {
        var first = Fact.Create(Item, [Value.Of(1)]);
        var equal = Fact.Create(Item, [Value.Of(1)]);
        var map = new FactIdentityMap<string>();

        map.Add(first, "first");

        Assert.False(map.ContainsKey(equal));
        Assert.True(map.TryAdd(equal, "equal"));
        Assert.False(map.TryAdd(first, "again"));
        Assert.Throws<ArgumentException>(() => map.Add(first, "again"));
        Assert.True(map.TryGetValue(first, out var value));
        Assert.Equal("first", value);
        Assert.Equal(2, map.Count);
    }

    [Fact]
    public void Clear_AfterALargeCase_HoldsNothingAndTakesFactsAgain()
    {
        var facts = Enumerable.Range(0, 20_000).Select(i => Fact.Create(Item, [Value.Of(i)])).ToArray();
        var map = new FactIdentityMap<Fact>();
        foreach (var fact in facts)
        {
            map.Add(fact, fact);
        }

        map.Clear();

        Assert.Equal(0, map.Count);
        Assert.All(facts.Take(100), f => Assert.False(map.ContainsKey(f)));
        foreach (var fact in facts.Take(100))
        {
            map.Add(fact, fact);
        }

        Assert.All(facts.Take(100), f => Assert.True(map.ContainsKey(f)));
        Assert.Equal(100, map.Count);
    }
}
