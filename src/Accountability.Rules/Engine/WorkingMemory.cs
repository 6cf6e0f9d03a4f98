using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// The facts a session holds: by type in insertion order, by reference, and the derived facts by
/// value (a second derivation of an equal fact joins the first). Counts every insertion and
/// removal, so the agenda can tell that facts changed under it. Knows nothing of rules.
/// </summary>
/// <remarks>
/// A case holds few facts of each derived type, so an equal derived fact is looked for among the
/// facts of its type, compared field by field, without hashing the values; a type that comes to
/// hold more than <see cref="ScannedFacts"/> facts is indexed by value for the rest of the case.
/// </remarks>
internal sealed class WorkingMemory
{
    /// <summary>The most facts of a type looked through one by one for an equal derived fact.</summary>
    private const int ScannedFacts = 8;

    private readonly KeptList<FactEntry>[] _byType;

    /// <summary>
    /// The input facts by reference (a fact given twice is refused). A derived fact is found among the facts of its
    /// type (<see cref="TryGet"/>): a case holds few of each, and it is made here, once (<see cref="TruthMaintenance.Assert"/>).
    /// </summary>
    private readonly FactIdentityMap<FactEntry> _byReference = new();

    /// <summary>The most facts of a type whose candidates for a join are tried one by one; a type holding more is indexed by the joined field (<see cref="Holding"/>, <see cref="Matcher"/>).</summary>
    internal const int ScannedCandidates = 16;

    /// <summary>
    /// By type ordinal, the type's facts indexed by the value of a field joined on (<see cref="Holding"/>): made when a
    /// join first asks for them, then kept up to date until the case ends. Null for a type without one.
    /// </summary>
    private readonly List<FieldIndex>?[] _fieldIndexes;

    /// <summary>The types that have field indexes (<see cref="_fieldIndexes"/>), to drop at <see cref="Clear"/>.</summary>
    private readonly List<int> _indexedTypes = [];

    /// <summary>The number of derived facts held.</summary>
    private int _derivedHeld;

    /// <summary>By type ordinal, the number of derived facts held (an input fact of a type without any is not looked for among them).</summary>
    private readonly int[] _derivedOfType;

    /// <summary>The derived facts of the indexed types, by value.</summary>
    private readonly Dictionary<Fact, FactEntry> _derived = new(FactValueComparer.Instance);

    /// <summary>For each type ordinal, whether its derived facts are in <see cref="_derived"/>.</summary>
    private readonly bool[] _indexed;

    /// <summary>
    /// The ordinals of the types whose lists of <see cref="_byType"/> had a fact added while empty since the last
    /// <see cref="Clear"/> (a type may be listed more than once): the only lists that may hold facts, so that
    /// clearing visits those, not every type of the catalogue.
    /// </summary>
    private readonly List<int> _filled = [];

    /// <summary>
    /// The entries made, by fact id less one: those of the case's facts, then those kept from earlier cases for the facts
    /// to come (see <see cref="NewEntry"/>). A fact's id is the next number in its case, so an entry is reused in a later
    /// case only, for the fact of its id.
    /// </summary>
    private readonly List<FactEntry> _entries = [];
    private long _lastId;

    public WorkingMemory(int typeCount)
    {
        _indexed = new bool[typeCount];
        _derivedOfType = new int[typeCount];
        _fieldIndexes = new List<FieldIndex>?[typeCount];
        _byType = new KeptList<FactEntry>[typeCount];
        for (var i = 0; i < _byType.Length; i++)
        {
            _byType[i] = new();
        }
    }

    /// <summary>The number of facts held.</summary>
    public int Count => _byReference.Count + _derivedHeld;

    /// <summary>
    /// Lets every fact go, keeping the collections for the next case of a reused session, and the
    /// entries of the facts held for the facts of the next case: nothing refers to them once the case's
    /// activations are gone (an entry that left during the case may still be referred to, and is not reused).
    /// </summary>
    public void Clear()
    {
        foreach (var ordinal in _filled)
        {
            _byType[ordinal].Clear();
            _derivedOfType[ordinal] = 0;
        }

        _filled.Clear();
        foreach (var ordinal in _indexedTypes)
        {
            _fieldIndexes[ordinal] = null;
        }

        _indexedTypes.Clear();
        _byReference.Clear();
        _derivedHeld = 0;
        _derived.Clear();
        _indexed.AsSpan().Clear();
        _lastId = 0;
        Changes = 0;
    }

    /// <summary>The number of insertions and removals so far.</summary>
    public int Changes { get; private set; }

    /// <summary>The entries of a fact type, in insertion order. The memory's own list: do not change it.</summary>
    public KeptList<FactEntry> OfType(int typeOrdinal) => _byType[typeOrdinal];

    /// <summary>
    /// The entries of a type whose field <paramref name="field"/> holds <paramref name="value"/>, in insertion order
    /// (the memory's own list: do not change it). The first ask for a field of a type indexes the type's facts by that
    /// field, kept up to date as facts of the type come and go until the case ends: asked by a join only when the type
    /// holds more than <see cref="ScannedCandidates"/> facts (fewer are tried one by one, <see cref="OfType"/>).
    /// </summary>
    public KeptList<FactEntry> Holding(int typeOrdinal, int field, Value value)
    {
        var indexes = _fieldIndexes[typeOrdinal];
        if (indexes is null)
        {
            _fieldIndexes[typeOrdinal] = indexes = [];
            _indexedTypes.Add(typeOrdinal);
        }

        FieldIndex? index = null;
        foreach (var candidate in indexes)
        {
            if (candidate.Field == field)
            {
                index = candidate;
                break;
            }
        }

        if (index is null)
        {
            index = new FieldIndex(field);
            foreach (var entry in _byType[typeOrdinal])
            {
                index.Add(entry);
            }

            indexes.Add(index);
        }

        return index.Holding(value);
    }

    /// <summary>Whether a fact of each of the types is held (a rule whose pattern types are not all held has no match).</summary>
    public bool HoldsEach(ImmutableArray<int> typeOrdinals)
    {
        foreach (var type in typeOrdinals)
        {
            if (_byType[type].Count == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The facts of a type, in insertion order.</summary>
    public ImmutableArray<Fact> Facts(int typeOrdinal)
    {
        var count = _byType[typeOrdinal].Count;
        if (count == 0)
        {
            return [];
        }

        var facts = new Fact[count];
        CopyFacts(typeOrdinal, facts);
        return ImmutableCollectionsMarshal.AsImmutableArray(facts);
    }

    /// <summary>Marks in <paramref name="held"/> (one flag per type ordinal) the types of which a fact is held.</summary>
    public void MarkHeldTypes(Span<bool> held)
    {
        // Only the lists filled since the last clear may hold facts.
        foreach (var ordinal in _filled)
        {
            if (_byType[ordinal].Count > 0)
            {
                held[ordinal] = true;
            }
        }
    }

    /// <summary>Copies the facts of a type, in insertion order, into <paramref name="into"/> when they fit; returns how many there are.</summary>
    public int CopyFacts(int typeOrdinal, Span<Fact> into)
    {
        var entries = _byType[typeOrdinal];
        if (entries.Count <= into.Length)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                into[i] = entries[i].Fact;
            }
        }

        return entries.Count;
    }

    /// <summary>
    /// Finds the entry of this very fact (by reference): among the facts of its type when they are few, else among
    /// the input facts by reference, then the derived facts of its type.
    /// </summary>
    public bool TryGet(Fact fact, [MaybeNullWhen(false)] out FactEntry entry)
    {
        var ordinal = fact.Schema.Ordinal;
        if ((uint)ordinal < (uint)_byType.Length && _byType[ordinal].Count <= ScannedFacts)
        {
            return TryFind(_byType[ordinal], fact, inputsToo: true, out entry);
        }

        return _byReference.TryGetValue(fact, out entry) || TryFindDerived(fact, out entry);
    }

    /// <summary>Finds the entry of this very derived fact (by reference); false for a fact of a type not in the catalogue.</summary>
    private bool TryFindDerived(Fact fact, [MaybeNullWhen(false)] out FactEntry entry)
    {
        var ordinal = fact.Schema.Ordinal;
        if ((uint)ordinal >= (uint)_byType.Length)
        {
            entry = null;
            return false;
        }

        if (_indexed[ordinal])
        {
            return _derived.TryGetValue(fact, out entry) && ReferenceEquals(entry.Fact, fact);
        }

        return TryFind(_byType[ordinal], fact, inputsToo: false, out entry);
    }

    /// <summary>Finds this very fact (by reference) among entries; among the derived ones only unless <paramref name="inputsToo"/>.</summary>
    private static bool TryFind(KeptList<FactEntry> entries, Fact fact, bool inputsToo, [MaybeNullWhen(false)] out FactEntry entry)
    {
        foreach (var held in entries)
        {
            if (ReferenceEquals(held.Fact, fact) && (inputsToo || !held.IsInput))
            {
                entry = held;
                return true;
            }
        }

        entry = null;
        return false;
    }

    /// <summary>
    /// Finds the entry of a held derived fact of this type and these values (equal to a fact, or to one
    /// not yet made). <paramref name="valueHash"/> is the values' hash when the lookup computed it (the
    /// type is indexed), for the fact of them held if none is found (<see cref="Fact.Rehash"/>); 0 otherwise.
    /// </summary>
    public bool TryGetDerived(FactValues fact, [MaybeNullWhen(false)] out FactEntry entry, out int valueHash)
    {
        var ordinal = fact.Schema.Ordinal;
        if (_indexed[ordinal])
        {
            valueHash = Fact.HashOf(fact.Schema, fact.Values);
            return _derived.GetAlternateLookup<FactValues>().TryGetValue(new FactValues(fact.Schema, fact.Values, valueHash), out entry);
        }

        valueHash = 0;

        foreach (var held in _byType[ordinal])
        {
            if (!held.IsInput && FactValueComparer.Instance.Equals(fact, held.Fact))
            {
                entry = held;
                return true;
            }
        }

        entry = null;
        return false;
    }

    /// <summary>
    /// Holds an input fact in a new entry (with the next fact id), found absent and held in one lookup;
    /// null, and nothing held, when this very fact is held already (as an input fact, or as a derived one).
    /// </summary>
    public FactEntry? AddInput(Fact fact)
    {
        if (_derivedOfType[fact.Schema.Ordinal] > 0 && TryFindDerived(fact, out _))
        {
            return null;
        }

        ref var held = ref _byReference.GetValueRefOrAddDefault(fact, out var exists);
        if (exists)
        {
            return null;
        }

        var entry = held = NewEntry(fact, isInput: true);
        Changes++;
        ListToFill(fact.Schema.Ordinal).Add(entry);
        Indexed(entry);
        return entry;
    }

    /// <summary>Holds a derived fact, not held yet (see <see cref="TryGetDerived"/>), in a new entry with the next fact id.</summary>
    public FactEntry AddDerived(Fact fact)
    {
        var entry = NewEntry(fact, isInput: false);
        Changes++;
        var ordinal = fact.Schema.Ordinal;
        var entries = ListToFill(ordinal);
        entries.Add(entry);
        Indexed(entry);
        _derivedHeld++;
        _derivedOfType[ordinal]++;
        if (_indexed[ordinal])
        {
            _derived.Add(fact, entry);
        }
        else if (entries.Count > ScannedFacts)
        {
            _indexed[ordinal] = true;
            foreach (var derived in entries)
            {
                if (!derived.IsInput)
                {
                    _derived.Add(derived.Fact, derived);
                }
            }
        }

        return entry;
    }

    /// <summary>Adds a new entry to the field indexes of its type, if it has any.</summary>
    private void Indexed(FactEntry entry)
    {
        if (_fieldIndexes[entry.Fact.Schema.Ordinal] is { } indexes)
        {
            foreach (var index in indexes)
            {
                index.Add(entry);
            }
        }
    }

    /// <summary>Removes an entry that goes from the field indexes of its type, if it has any.</summary>
    private void Unindexed(FactEntry entry)
    {
        if (_fieldIndexes[entry.Fact.Schema.Ordinal] is { } indexes)
        {
            foreach (var index in indexes)
            {
                index.Remove(entry);
            }
        }
    }

    /// <summary>The list of a type's entries, to add one to: listed among the filled ones (<see cref="_filled"/>) when empty.</summary>
    private KeptList<FactEntry> ListToFill(int ordinal)
    {
        var entries = _byType[ordinal];
        if (entries.Count == 0)
        {
            _filled.Add(ordinal);
        }

        return entries;
    }

    /// <summary>
    /// A new entry for a fact, with the next fact id; not yet held. The entry of that id in an earlier case is reused when
    /// its fact was still held at the end of that case (see <see cref="Clear"/>).
    /// </summary>
    private FactEntry NewEntry(Fact fact, bool isInput)
    {
        var index = (int)_lastId++;
        var entries = _entries;
        if (index < entries.Count)
        {
            var kept = entries[index];
            if (kept.Alive)
            {
                kept.Reuse(_lastId, fact, isInput);
                return kept;
            }

            return entries[index] = new FactEntry(_lastId, fact, isInput);
        }

        var entry = new FactEntry(_lastId, fact, isInput);
        entries.Add(entry);
        return entry;
    }

    /// <summary>Lets an entry go and marks it no longer alive.</summary>
    public void Remove(FactEntry entry)
    {
        Changes++;
        entry.Alive = false;
        _byType[entry.Fact.Schema.Ordinal].Remove(entry);
        Unindexed(entry);
        if (entry.IsInput)
        {
            _byReference.Remove(entry.Fact);
            return;
        }

        _derivedHeld--;
        _derivedOfType[entry.Fact.Schema.Ordinal]--;
        if (_indexed[entry.Fact.Schema.Ordinal])
        {
            _derived.Remove(entry.Fact);
        }
    }

    /// <summary>The entries of a type by the value of one of its fields, each value's in insertion order (see <see cref="Holding"/>).</summary>
    private sealed class FieldIndex(int field)
    {
        private static readonly KeptList<FactEntry> None = new();

        private readonly Dictionary<Value, KeptList<FactEntry>> _byValue = [];

        /// <summary>The index of the field.</summary>
        public int Field { get; } = field;

        public KeptList<FactEntry> Holding(Value value) => _byValue.TryGetValue(value, out var entries) ? entries : None;

        public void Add(FactEntry entry)
        {
            ref var entries = ref CollectionsMarshal.GetValueRefOrAddDefault(_byValue, entry.Fact[Field], out _);
            (entries ??= new()).Add(entry);
        }

        public void Remove(FactEntry entry)
        {
            if (_byValue.TryGetValue(entry.Fact[Field], out var entries))
            {
                entries.Remove(entry);
            }
        }
    }
}
