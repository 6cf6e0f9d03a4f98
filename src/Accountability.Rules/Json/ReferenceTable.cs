using System.Numerics;
using System.Runtime.CompilerServices;

namespace Accountability.Rules.Json;

/// <summary>
/// An immutable table of values by the identity of their keys (not their value: an equal string
/// that is another instance is not found), for lookups on the per-result path: open addressing
/// over twice as many slots as keys, each key found by its identity hash and compared by reference
/// inline, without the interface calls of a dictionary with a reference comparer. Thread-safe.
/// </summary>
/// <typeparam name="TValue">The values.</typeparam>
internal sealed class ReferenceTable<TValue>
{
    private readonly object?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;

    /// <summary>A table of <paramref name="entries"/>, whose keys are distinct instances.</summary>
    public ReferenceTable(IReadOnlyCollection<KeyValuePair<object, TValue>> entries)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, 2 * entries.Count));
        _keys = new object?[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (key, value) in entries)
        {
            var slot = RuntimeHelpers.GetHashCode(key) & _mask;
            while (_keys[slot] is { } held)
            {
                if (ReferenceEquals(held, key))
                {
                    throw new ArgumentException("A key is given twice.", nameof(entries));
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
        }
    }

    /// <summary>The value of this very instance <paramref name="key"/>; false when it is not a key.</summary>
    public bool TryGetValue(object key, out TValue value)
    {
        var keys = _keys;
        var slot = RuntimeHelpers.GetHashCode(key) & _mask;
        while (keys[slot] is { } held)
        {
            if (ReferenceEquals(held, key))
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        value = default!;
        return false;
    }
}
