namespace Accountability.Rules.Evaluation;

/// <summary>
/// Values worked out from a set of small numbers (rule orders, citation ranks: sorted, distinct) and
/// kept per ruleset (<see cref="ProjectionTables"/>), so that the cases that give the same set share
/// one immutable value instead of making it again. Looked up by a span, without allocating; at most
/// <see cref="Capacity"/> sets are kept (past that, values are made as before and not kept).
/// Thread-safe: lookups take no lock, keeping takes one.
/// </summary>
/// <remarks>
/// Written here rather than on <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey, TValue}"/>: a case
/// looks sets up about ten times, and a lookup there goes through its comparer's interfaces and its buckets' nodes.
/// This is an open-addressing table read without a lock: a slot is filled by writing its value and hash first and its
/// set last (<see cref="Volatile.Write{T}(ref T, T)"/>), so a reader that sees the set sees the rest; a table that
/// grows is filled whole before it is published.
/// </remarks>
/// <typeparam name="TValue">The value kept: immutable, as every case that gives the set shares it.</typeparam>
internal sealed class SetMemo<TValue>
{
    /// <summary>The most sets kept per ruleset: far more than the combinations a ruleset's rules give in practice.</summary>
    internal const int Capacity = 4_096;

    private const int FirstSize = 32;

    private readonly Lock _keeping = new();

    private Table _table = new(FirstSize);

    /// <summary>The value kept for a set, if any.</summary>
    public bool TryGet(ReadOnlySpan<int> set, out TValue value) => Volatile.Read(ref _table).TryGet(set, Hash(set), out value);

    /// <summary>Keeps the value made for a set, unless <see cref="Capacity"/> sets are kept already or the set is kept.</summary>
    /// <returns>The value given.</returns>
    public TValue Keep(ReadOnlySpan<int> set, TValue value)
    {
        var hash = Hash(set);
        lock (_keeping)
        {
            var table = _table;
            if (table.Count >= Capacity || table.TryGet(set, hash, out _))
            {
                return value;
            }

            if ((table.Count + 1) * 2 > table.Size)
            {
                // At most half full, so that a lookup of a set not kept soon meets an empty slot; the larger table is
                // filled before it is published below.
                table = table.Larger();
            }

            table.Add(set.ToArray(), hash, value);
            Volatile.Write(ref _table, table);
        }

        return value;
    }

    /// <summary>
    /// FNV-1a over the numbers: the sets are a few small numbers of the ruleset's own (not input a case could
    /// choose to collide), looked up several times per case, so a short hash serves better than a keyed one.
    /// </summary>
    private static int Hash(ReadOnlySpan<int> set)
    {
        var hash = 2166136261u;
        foreach (var number in set)
        {
            hash = unchecked((hash ^ (uint)number) * 16777619u);
        }

        return unchecked((int)hash);
    }

    /// <summary>The slots: a power of two of them, probed one after the other from the hash's slot.</summary>
    private sealed class Table(int size)
    {
        private readonly int[]?[] _sets = new int[]?[size];
        private readonly int[] _hashes = new int[size];
        private readonly TValue[] _values = new TValue[size];

        public int Size => _sets.Length;

        /// <summary>The sets kept (written under the lock; read under it).</summary>
        public int Count { get; private set; }

        public bool TryGet(ReadOnlySpan<int> set, int hash, out TValue value)
        {
            var mask = _sets.Length - 1;
            for (var slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                var kept = Volatile.Read(ref _sets[slot]);
                if (kept is null)
                {
                    value = default!;
                    return false;
                }

                if (_hashes[slot] == hash && set.SequenceEqual(kept))
                {
                    value = _values[slot];
                    return true;
                }
            }
        }

        /// <summary>Fills the first empty slot from the hash's: the value and hash, then the set that makes the slot seen.</summary>
        public void Add(int[] set, int hash, TValue value)
        {
            var mask = _sets.Length - 1;
            var slot = hash & mask;
            while (_sets[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            _values[slot] = value;
            _hashes[slot] = hash;
            Volatile.Write(ref _sets[slot], set);
            Count++;
        }

        /// <summary>A table twice the size holding the same sets.</summary>
        public Table Larger()
        {
            var larger = new Table(_sets.Length * 2);
            for (var slot = 0; slot < _sets.Length; slot++)
            {
                if (_sets[slot] is { } set)
                {
                    larger.Add(set, _hashes[slot], _values[slot]);
                }
            }

            return larger;
        }
    }
}
