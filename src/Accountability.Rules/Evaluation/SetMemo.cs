using System.Collections.Concurrent;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// Values worked out from a set of small numbers (rule orders, citation ranks: sorted, distinct) and
/// kept per ruleset (<see cref="ProjectionTables"/>), so that the cases that give the same set share
/// one immutable value instead of making it again. Looked up by a span, without allocating; at most
/// <see cref="Capacity"/> sets are kept (past that, values are made as before and not kept).
/// Thread-safe.
/// </summary>
/// <typeparam name="TValue">The value kept: immutable, as every case that gives the set shares it.</typeparam>
internal sealed class SetMemo<TValue>
{
    /// <summary>The most sets kept per ruleset: far more than the combinations a ruleset's rules give in practice.</summary>
    internal const int Capacity = 4_096;

    private readonly ConcurrentDictionary<int[], TValue> _values = new(SetComparer.Instance);
    private readonly ConcurrentDictionary<int[], TValue>.AlternateLookup<ReadOnlySpan<int>> _bySpan;
    private int _count;

    public SetMemo() => _bySpan = _values.GetAlternateLookup<ReadOnlySpan<int>>();

    /// <summary>The value kept for a set, if any.</summary>
    public bool TryGet(ReadOnlySpan<int> set, out TValue value) => _bySpan.TryGetValue(set, out value!);

    /// <summary>Keeps the value made for a set, unless <see cref="Capacity"/> sets are kept already.</summary>
    /// <returns>The value given.</returns>
    public TValue Keep(ReadOnlySpan<int> set, TValue value)
    {
        if (Volatile.Read(ref _count) < Capacity && _values.TryAdd(set.ToArray(), value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }

    /// <summary>Sets compared by their numbers, as arrays or as spans.</summary>
    private sealed class SetComparer : IEqualityComparer<int[]>, IAlternateEqualityComparer<ReadOnlySpan<int>, int[]>
    {
        public static readonly SetComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(int[] obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<int> alternate, int[] other) => alternate.SequenceEqual(other);

        /// <summary>
        /// FNV-1a over the numbers: the sets are a few small numbers of the ruleset's own (not input a case could
        /// choose to collide), looked up several times per case, so a short hash serves better than a keyed one.
        /// </summary>
        public int GetHashCode(ReadOnlySpan<int> alternate)
        {
            var hash = 2166136261u;
            foreach (var number in alternate)
            {
                hash = unchecked((hash ^ (uint)number) * 16777619u);
            }

            return unchecked((int)hash);
        }

        public int[] Create(ReadOnlySpan<int> alternate) => alternate.ToArray();
    }
}
