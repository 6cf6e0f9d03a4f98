namespace Accountability.Rules.Engine;

/// <summary>
/// Objects kept for reuse from one case to the next (a compiled ruleset's sessions and result
/// projectors), at most one per processor. Only what no caller keeps belongs here: an object is
/// cleared by whoever returns it. Thread-safe.
/// <para>
/// Each processor has a home slot, where its takes and keeps begin: an object tends to be taken again on
/// the processor that kept it, whose caches still hold it, instead of moving between processors every case.
/// </para>
/// </summary>
/// <typeparam name="T">The kind of object kept.</typeparam>
internal sealed class Spares<T>
    where T : class
{
    private readonly T?[] _kept = new T?[Math.Max(2, Environment.ProcessorCount)];

    /// <summary>One kept object, taken out of the spares; null when none is kept.</summary>
    public T? Take()
    {
        var home = Home();
        for (var n = 0; n < _kept.Length; n++)
        {
            var i = (home + n) % _kept.Length;
            if (Volatile.Read(ref _kept[i]) is not null && Interlocked.Exchange(ref _kept[i], null) is { } spare)
            {
                return spare;
            }
        }

        return null;
    }

    /// <summary>Keeps an object for a later <see cref="Take"/>, when there is room; otherwise it is left to the collector.</summary>
    public void Keep(T spare)
    {
        var home = Home();
        for (var n = 0; n < _kept.Length; n++)
        {
            var i = (home + n) % _kept.Length;
            if (Interlocked.CompareExchange(ref _kept[i], spare, null) is null)
            {
                return;
            }
        }
    }

    /// <summary>The slot of the processor the calling thread runs on.</summary>
    private int Home() => Thread.GetCurrentProcessorId() % _kept.Length;
}
