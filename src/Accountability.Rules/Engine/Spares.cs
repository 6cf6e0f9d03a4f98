namespace Accountability.Rules.Engine;

/// <summary>
/// Objects kept for reuse from one case to the next (a compiled ruleset's sessions and result
/// projectors), at most one per processor. Only what no caller keeps belongs here: an object is
/// cleared by whoever returns it. Thread-safe.
/// </summary>
/// <typeparam name="T">The kind of object kept.</typeparam>
internal sealed class Spares<T>
    where T : class
{
    private readonly T?[] _kept = new T?[Math.Max(2, Environment.ProcessorCount)];

    /// <summary>One kept object, taken out of the spares; null when none is kept.</summary>
    public T? Take()
    {
        for (var i = 0; i < _kept.Length; i++)
        {
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
        for (var i = 0; i < _kept.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _kept[i], spare, null) is null)
            {
                return;
            }
        }
    }
}
