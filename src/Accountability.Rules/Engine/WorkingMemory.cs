using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// The facts a session holds: by type in insertion order, by reference, and the derived facts by
/// value (a second derivation of an equal fact joins the first). Counts every insertion and
/// removal, so the agenda can tell that facts changed under it. Knows nothing of rules.
/// </summary>
internal sealed class WorkingMemory
{
    private readonly List<FactEntry>[] _byType;
    private readonly Dictionary<Fact, FactEntry> _byReference = new(FactIdentityComparer.Instance);
    private readonly Dictionary<Fact, FactEntry> _derived = new(FactValueComparer.Instance);
    private long _lastId;

    public WorkingMemory(int typeCount)
    {
        _byType = new List<FactEntry>[typeCount];
        for (var i = 0; i < _byType.Length; i++)
        {
            _byType[i] = [];
        }
    }

    /// <summary>The number of facts held.</summary>
    public int Count => _byReference.Count;

    /// <summary>Lets every fact go, keeping the collections for the next case of a reused session.</summary>
    public void Clear()
    {
        foreach (var entries in _byType)
        {
            entries.Clear();
        }

        _byReference.Clear();
        _derived.Clear();
        _lastId = 0;
        Changes = 0;
    }

    /// <summary>The number of insertions and removals so far.</summary>
    public int Changes { get; private set; }

    /// <summary>The entries of a fact type, in insertion order. The memory's own list: do not change it.</summary>
    public List<FactEntry> OfType(int typeOrdinal) => _byType[typeOrdinal];

    /// <summary>The facts of a type, in insertion order.</summary>
    public ImmutableArray<Fact> Facts(int typeOrdinal)
    {
        var entries = _byType[typeOrdinal];
        if (entries.Count == 0)
        {
            return [];
        }

        var facts = new Fact[entries.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = entries[i].Fact;
        }

        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(facts);
    }

    /// <summary>Whether this very fact (by reference) is held.</summary>
    public bool Contains(Fact fact) => _byReference.ContainsKey(fact);

    /// <summary>Finds the entry of this very fact (by reference).</summary>
    public bool TryGet(Fact fact, [MaybeNullWhen(false)] out FactEntry entry) => _byReference.TryGetValue(fact, out entry);

    /// <summary>Finds the entry of a held derived fact equal to <paramref name="fact"/> (by type and values).</summary>
    public bool TryGetDerived(Fact fact, [MaybeNullWhen(false)] out FactEntry entry) => _derived.TryGetValue(fact, out entry);

    /// <summary>A new entry for a fact, with the next fact id; not yet held.</summary>
    public FactEntry NewEntry(Fact fact, bool isInput) => new(++_lastId, fact, isInput);

    /// <summary>Holds an entry.</summary>
    public void Add(FactEntry entry)
    {
        Changes++;
        _byType[entry.Fact.Schema.Ordinal].Add(entry);
        _byReference.Add(entry.Fact, entry);
        if (!entry.IsInput)
        {
            _derived.Add(entry.Fact, entry);
        }
    }

    /// <summary>Lets an entry go and marks it no longer alive.</summary>
    public void Remove(FactEntry entry)
    {
        Changes++;
        entry.Alive = false;
        _byType[entry.Fact.Schema.Ordinal].Remove(entry);
        _byReference.Remove(entry.Fact);
        if (!entry.IsInput)
        {
            _derived.Remove(entry.Fact);
        }
    }
}
