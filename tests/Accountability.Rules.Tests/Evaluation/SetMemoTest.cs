using Accountability.Rules.Evaluation;

namespace Accountability.Rules.Tests.Evaluation;

/// <summary>The per-ruleset memo of values by set of numbers: what is kept is found, by its numbers, and nothing else is.</summary>
public sealed class SetMemoTest
{
    [Fact]
    public void TryGet_SetKept_FindsItsValueByItsNumbers()
    {
        var memo = new SetMemo<string>();
        memo.Keep([1, 4, 9], "a");
        memo.Keep([1, 4], "b");

        Assert.True(memo.TryGet([1, 4, 9], out var a));
        Assert.Equal("a", a);
        Assert.True(memo.TryGet([1, 4], out var b));
        Assert.Equal("b", b);
        Assert.False(memo.TryGet([1, 4, 8], out _));
        Assert.False(memo.TryGet([4, 1], out _));
        Assert.False(memo.TryGet([], out _));
    }

    [Fact]
    public void Keep_SetKeptAlready_KeepsTheFirstValueAndReturnsTheOneGiven()
    {
        var memo = new SetMemo<string>();
        memo.Keep([3], "first");

        Assert.Equal("second", memo.Keep([3], "second"));
        Assert.True(memo.TryGet([3], out var kept));
        Assert.Equal("first", kept);
    }

    [Fact]
    public void Keep_TheSetGivenIsCopied_LaterChangesToItDoNotChangeWhatIsKept()
    {
        var memo = new SetMemo<int>();
        int[] set = [2, 5];
        memo.Keep(set, 7);
        set[1] = 6;

        Assert.True(memo.TryGet([2, 5], out var kept));
        Assert.Equal(7, kept);
        Assert.False(memo.TryGet([2, 6], out _));
    }

    [Fact]
    public void Keep_ManySets_EachFoundAfterTheTableGrewUpToTheCapacityAndNoneAfterIt()
    {
        var memo = new SetMemo<int>();
        var count = SetMemo<int>.Capacity + 100;
        for (var i = 0; i < count; i++)
        {
            memo.Keep([i, i + 1], i);
        }

        for (var i = 0; i < SetMemo<int>.Capacity; i++)
        {
            Assert.True(memo.TryGet([i, i + 1], out var kept));
            Assert.Equal(i, kept);
        }

        for (var i = SetMemo<int>.Capacity; i < count; i++)
        {
            Assert.False(memo.TryGet([i, i + 1], out _));
        }
    }

    [Fact]
    public void KeepAndTryGet_OnManyThreadsAtOnce_EverySetKeptIsFoundWithItsOwnValue()
    {
        var memo = new SetMemo<int>();
        Parallel.For(0, 8, worker =>
        {
            for (var i = 0; i < 500; i++)
            {
                var n = (i * 8) + worker;
                memo.Keep([n, n * 2, n * 3], n);
                Assert.True(memo.TryGet([n, n * 2, n * 3], out var own));
                Assert.Equal(n, own);
                if (memo.TryGet([i, i * 2, i * 3], out var other))
                {
                    Assert.Equal(i, other);
                }
            }
        });

        for (var n = 0; n < 4_000; n++)
        {
            Assert.True(memo.TryGet([n, n * 2, n * 3], out var kept));
            Assert.Equal(n, kept);
        }
    }
}
