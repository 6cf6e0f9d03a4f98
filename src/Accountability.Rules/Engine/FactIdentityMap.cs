using System.Diagnostics.CodeAnalysis;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// A map from facts by reference (a fact is an identity in its session) to values, for the per-case path:
/// open addressing with linear probing over at least twice as many slots as facts, each fact found by
/// <see cref="Fact.IdentityHash"/> and compared by reference inline. A dictionary does the same through a
/// comparer's interface calls (a reference key) or copies of a wrapping struct with their write barriers (a
/// struct key); this holds the facts and values in two arrays of references. Removal shifts the facts
/// after the removed one back (no tombstones), so a lookup stops at the first empty slot. Not thread-safe.
/// </summary>
/// <typeparam name="TValue">The values.</typeparam>
internal sealed class FactIdentityMap<TValue>
    where TValue : class
{
    /// <summary>The slots at the start, and what <see cref="Clear"/> goes back to after a very large case.</summary>
    private const int InitialSlots = 64;

    /// <summary>The most slots kept by <see cref="Clear"/>: a very large case does not leave every later case clearing its room.</summary>
    private const int KeptSlots = 16 * 1024;

    private Fact?[] _facts = new Fact?[InitialSlots];
    private TValue?[] _values = new TValue?[InitialSlots];
    private int _mask = InitialSlots - 1;

    /// <summary>The number of facts held.</summary>
    public int Count { get; private set; }

    /// <summary>Whether this very fact is held.</summary>
    public bool ContainsKey(Fact fact) => Probe(fact) >= 0;

    /// <summary>The value of this very fact; false when it is not held.</summary>
    public bool TryGetValue(Fact fact, [MaybeNullWhen(false)] out TValue value)
    {
        var slot = Probe(fact);
        if (slot < 0)
        {
            value = null;
            return false;
        }

        value = _values[slot]!;
        return true;
    }

    /// <summary>
    /// The place of this very fact's value, found or made in one lookup: <paramref name="exists"/> tells which; a place
    /// made holds <c>null</c> until the caller sets it (which it must, before any other call).
    /// </summary>
    public ref TValue? GetValueRefOrAddDefault(Fact fact, out bool exists)
    {
        if ((Count + 1) * 2 > _facts.Length)
        {
            Grow();
        }

        var slot = Probe(fact);
        exists = slot >= 0;
        if (!exists)
        {
            slot = ~slot;
            _facts[slot] = fact;
            Count++;
        }

        return ref _values[slot];
    }

    /// <summary>Holds <paramref name="value"/> for <paramref name="fact"/> unless the fact is held already; false, and nothing changed, when it is.</summary>
    public bool TryAdd(Fact fact, TValue value)
    {
        ref var place = ref GetValueRefOrAddDefault(fact, out var exists);
        if (exists)
        {
            return false;
        }

        place = value;
        return true;
    }

    /// <summary>Holds <paramref name="value"/> for <paramref name="fact"/>, which is not held.</summary>
    /// <exception cref="ArgumentException">The fact is held already.</exception>
    public void Add(Fact fact, TValue value)
    {
        if (!TryAdd(fact, value))
        {
            throw new ArgumentException("The fact is held already.", nameof(fact));
        }
    }

    /// <summary>Lets this very fact go; false when it is not held.</summary>
    public bool Remove(Fact fact)
    {
        var slot = Probe(fact);
        if (slot < 0)
        {
            return false;
        }

        // Backward shift: each later fact of the probe run that may sit in the emptied slot moves into it.
        var facts = _facts;
        var values = _values;
        var mask = _mask;
        var empty = slot;
        var next = (slot + 1) & mask;
        while (facts[next] is { } moved)
        {
            var home = moved.IdentityHash & mask;

            // The fact at 'next' may move to 'empty' when its home is not within (empty, next], cyclically.
            if (((next - home) & mask) >= ((next - empty) & mask))
            {
                facts[empty] = moved;
                values[empty] = values[next];
                empty = next;
            }

            next = (next + 1) & mask;
        }

        facts[empty] = null;
        values[empty] = null;
        Count--;
        return true;
    }

    /// <summary>Lets every fact go, keeping the room for the next case unless it is very large.</summary>
    public void Clear()
    {
        if (_facts.Length > KeptSlots)
        {
            _facts = new Fact?[InitialSlots];
            _values = new TValue?[InitialSlots];
            _mask = InitialSlots - 1;
        }
        else if (Count > 0)
        {
            _facts.AsSpan().Clear();
            _values.AsSpan().Clear();
        }

        Count = 0;
    }

    /// <summary>The slot of this very fact, or when it is not held the complement (<c>~</c>) of the empty slot that ends its probe run.</summary>
    private int Probe(Fact fact)
    {
        var facts = _facts;
        var slot = fact.IdentityHash & _mask;
        while (facts[slot] is { } held)
        {
            if (ReferenceEquals(held, fact))
            {
                return slot;
            }

            slot = (slot + 1) & _mask;
        }

        return ~slot;
    }

    /// <summary>Twice the slots, every fact placed again.</summary>
    private void Grow()
    {
        var facts = _facts;
        var values = _values;
        _facts = new Fact?[facts.Length * 2];
        _values = new TValue?[facts.Length * 2];
        _mask = _facts.Length - 1;
        Count = 0;
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i] is { } fact)
            {
                TryAdd(fact, values[i]!);
            }
        }
    }
}
