using Accountability.Rules.Json;

namespace Accountability.Rules.Tests.Json;

/// <summary><see cref="ReferenceTable{TValue}"/> finds each key by its identity: every key of a large table, and no equal copy of one.</summary>
public sealed class ReferenceTableTest
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(5_000)]
    public void TryGetValue_EveryKeyFound_NoEqualCopy(int count)
    {
        var keys = Enumerable.Range(0, count).Select(i => $"text {i}").ToArray();
        var table = new ReferenceTable<int>(keys.Select((key, i) => KeyValuePair.Create<object, int>(key, i)).ToArray());

        for (var i = 0; i < keys.Length; i++)
        {
            Assert.True(table.TryGetValue(keys[i], out var value));
            Assert.Equal(i, value);
            Assert.False(table.TryGetValue(new string(keys[i].AsSpan()), out _));
        }

        Assert.False(table.TryGetValue("absent", out var absent));
        Assert.Equal(0, absent);
    }

    [Fact]
    public void Constructor_AKeyTwice_Throws()
    {
        var key = "twice";

        Assert.Throws<ArgumentException>(() => new ReferenceTable<int>([KeyValuePair.Create<object, int>(key, 1), KeyValuePair.Create<object, int>(key, 2)]));
    }
}
