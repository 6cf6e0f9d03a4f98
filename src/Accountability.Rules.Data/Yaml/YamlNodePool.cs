using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// The nodes of the JSON trees one thread reads and drops, kept from one document to the next:
/// a batch reads a tree of some sixty nodes and arrays per case only to read a case out of it, and
/// the collector's work follows the number of objects made. <see cref="Rent"/> gives the thread's
/// pool; <see cref="JsonTreeReader"/> takes its nodes from it, filled for the document, in place of
/// new ones; <see cref="Return"/> takes them all back, to be filled again for the next document.
/// Only a reader whose results hold no node may read from a pool (the case reader: a case, its
/// facts, their sources and the diagnostics hold positions and texts, never a node), and it returns
/// the pool once it is done with the tree. Mutable; serves one document at a time.
/// </summary>
internal sealed class YamlNodePool
{
    /// <summary>The most nodes of a kind a pool keeps: a larger document's pool is dropped when returned.</summary>
    private const int MaxKept = 4096;

    [ThreadStatic]
    private static YamlNodePool? _kept;

    private readonly Stock<YamlScalar> _scalars = new();
    private readonly Stock<YamlMapping> _mappings = new();
    private readonly Stock<YamlSequence> _sequences = new();
    private readonly ArraysByLength<YamlEntry> _entries = new();
    private readonly ArraysByLength<YamlNode> _items = new();

    /// <summary>The thread's pool (taken out while in use: a read that starts another on the same thread gets one of its own), or a new one.</summary>
    public static YamlNodePool Rent()
    {
        var pool = _kept ?? new YamlNodePool();
        _kept = null;
        return pool;
    }

    /// <summary>Takes back every node given out since <see cref="Rent"/> and keeps the pool for the thread's next document.</summary>
    public void Return()
    {
        if (_scalars.Count > MaxKept || _mappings.Count > MaxKept || _sequences.Count > MaxKept)
        {
            return;
        }

        _scalars.Reset();
        _mappings.Reset();
        _sequences.Reset();
        _entries.Reset();
        _items.Reset();
        _kept = this;
    }

    /// <summary>A scalar of the pool with these contents.</summary>
    public YamlScalar Scalar(YamlPosition at, string value, YamlScalarStyle style) =>
        _scalars.Next() is { } kept ? kept.Refill(at, value, style) : _scalars.Add(new YamlScalar(at, value, style));

    /// <summary>A scalar of the pool whose text is the <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/> on.</summary>
    public YamlScalar Scalar(YamlPosition at, string source, int start, int length, YamlScalarStyle style) =>
        _scalars.Next() is { } kept ? kept.Refill(at, source, start, length, style) : _scalars.Add(new YamlScalar(at, source, start, length, style));

    /// <summary>A mapping of the pool starting at <paramref name="at"/>, with the entries of <paramref name="stack"/> from <paramref name="first"/> on (taken off the stack).</summary>
    public YamlMapping Mapping(YamlPosition at, List<YamlEntry> stack, int first)
    {
        var entries = _entries.Take(stack, first);
        return _mappings.Next() is { } kept ? kept.Refill(at, entries) : _mappings.Add(new YamlMapping(at, entries));
    }

    /// <summary>A sequence of the pool starting at <paramref name="at"/>, with the items of <paramref name="stack"/> from <paramref name="first"/> on (taken off the stack).</summary>
    public YamlSequence Sequence(YamlPosition at, List<YamlNode> stack, int first)
    {
        var items = _items.Take(stack, first);
        return _sequences.Next() is { } kept ? kept.Refill(at, items) : _sequences.Add(new YamlSequence(at, items));
    }

    /// <summary>The nodes of one kind: those given out since the pool was rented come first.</summary>
    private sealed class Stock<T>
        where T : class
    {
        private readonly List<T> _nodes = [];
        private int _used;

        public int Count => _nodes.Count;

        /// <summary>A node given out before the pool was last returned, to be filled again; <c>null</c> when every one is in use.</summary>
        public T? Next() => _used < _nodes.Count ? _nodes[_used++] : null;

        /// <summary>Keeps a new node, in use.</summary>
        public T Add(T node)
        {
            _nodes.Add(node);
            _used++;
            return node;
        }

        public void Reset() => _used = 0;
    }

    /// <summary>The arrays of a collection's items, by length (a collection's array is as long as it has items); longer ones are not kept.</summary>
    private sealed class ArraysByLength<T>
    {
        private const int MaxLength = 32;
        private readonly List<T[]>[] _arrays = new List<T[]>[MaxLength + 1];
        private readonly int[] _used = new int[MaxLength + 1];

        /// <summary>The items of <paramref name="stack"/> from <paramref name="first"/> on, taken off it into an array of the pool.</summary>
        public ImmutableArray<T> Take(List<T> stack, int first)
        {
            var length = stack.Count - first;
            var items = Array(length);
            stack.CopyTo(first, items, 0, length);
            stack.RemoveRange(first, length);
            return ImmutableCollectionsMarshal.AsImmutableArray(items);
        }

        public void Reset() => System.Array.Clear(_used);

        private T[] Array(int length)
        {
            if (length == 0)
            {
                return [];
            }

            if (length > MaxLength)
            {
                return new T[length];
            }

            var arrays = _arrays[length] ??= [];
            if (_used[length] == arrays.Count)
            {
                arrays.Add(new T[length]);
            }

            return arrays[_used[length]++];
        }
    }
}
