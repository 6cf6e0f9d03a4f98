using System.Collections.Immutable;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// The facts of a fired session by type, each type read once and put in the canonical order of its
/// values (<see cref="FactValueOrder"/>), so that no part of a result depends on the order in which
/// the case gave its facts or an engine derived them. The types are read one after the other into
/// one array (<see cref="ISession.CopyFacts"/>), not an array per type. A type the ruleset's catalogue
/// lacks has no facts. Part of a <see cref="ResultProjector"/>, reused case after case (its arrays
/// are kept); not thread-safe.
/// </summary>
internal sealed class SessionFacts(ProjectionTables tables, FactCatalog catalog)
{
    /// <summary>A read array larger than this (a very large case) is not kept for the next case.</summary>
    internal const int KeptRoom = 4_096;

    /// <summary>The room the first read makes, enough for most cases' facts.</summary>
    private const int FirstRoom = 32;

    /// <summary>
    /// By derived type (<see cref="ProjectionTables.DerivedSlot"/>): where its facts are in <see cref="_read"/>;
    /// a length of -1 until the type is read.
    /// </summary>
    private readonly (int Start, int Length)[] _runs = NotRead(tables.DerivedSlots);

    /// <summary>The array the types are read into: the first <see cref="_used"/> facts are read, the rest is room.</summary>
    private Fact[] _read = [];
    private int _used;

    /// <summary>What puts each type's facts in canonical order, with its room kept from case to case.</summary>
    private readonly CanonicalSort _sort = new();

    /// <summary>The fired session of the case being projected (<see cref="Start"/>).</summary>
    private ISession _session = null!;

    /// <summary>By type ordinal of the catalogue, whether the session holds a fact of the type (when <see cref="_knowsHeld"/>).</summary>
    private readonly bool[] _held = new bool[catalog.Types.Length];

    /// <summary>Whether the session told which types it holds facts of (<see cref="ISession.MarkHeldTypes"/>): the others are not read.</summary>
    private bool _knowsHeld;

    /// <summary>Reads the facts of a case's fired session from now on: no type is read yet.</summary>
    public void Start(ISession session)
    {
        _session = session;
        _used = 0;
        Array.Fill(_runs, (0, -1));
        _held.AsSpan().Clear();
        _knowsHeld = session.MarkHeldTypes(_held);
    }

    /// <summary>Whether the session holds no fact of the type, as it told (<see cref="ISession.MarkHeldTypes"/>); false when it did not tell.</summary>
    public bool NoneHeld(FactSchema type) => _knowsHeld && !_held[type.Ordinal];

    /// <summary>Lets go of the case's session and facts; the room is kept unless it grew too large.</summary>
    public void Finish()
    {
        _session = null!;
        if (_read.Length > KeptRoom)
        {
            _read = [];
        }
        else
        {
            _read.AsSpan(0, _used).Clear();
        }

        _sort.Release(KeptRoom);

        _used = 0;
    }

    /// <summary>The facts of a type, in canonical order.</summary>
    public FactList Of(string type) => catalog.TryGet(type, out var schema) ? Of(schema) : default;

    /// <summary>
    /// The facts of a type of the catalogue, in canonical order; those of a derived type are read once.
    /// None for a null type: one the projection reads that the catalogue lacks (see <see cref="ProjectedTypes"/>).
    /// </summary>
    public FactList Of(FactSchema? type)
    {
        if (type is null || NoneHeld(type))
        {
            return default;
        }

        var slot = tables.DerivedSlot(type);
        if (slot < 0)
        {
            return Read(type);
        }

        var (start, length) = _runs[slot];
        if (length < 0)
        {
            var read = Read(type);
            _runs[slot] = (_used - read.Length, read.Length);
            return read;
        }

        return new FactList(_read, start, length);
    }

    /// <summary>
    /// The facts of a type of the catalogue in no particular order, for a part of the result that does
    /// not depend on it: those read already (in canonical order), else read as the session holds them,
    /// neither put in order nor kept for <see cref="Of(FactSchema?)"/>.
    /// </summary>
    public FactList Unordered(FactSchema type)
    {
        if (NoneHeld(type))
        {
            return default;
        }

        var slot = tables.DerivedSlot(type);
        if (slot >= 0 && _runs[slot] is { Length: >= 0 } run)
        {
            return new FactList(_read, run.Start, run.Length);
        }

        var start = _used;
        var count = Copy(type);
        return new FactList(_read, start, count);
    }

    /// <summary>How many facts of a type of the catalogue the session holds, read or not (none are read here).</summary>
    public int Count(FactSchema type)
    {
        if (NoneHeld(type))
        {
            return 0;
        }

        var slot = tables.DerivedSlot(type);
        return slot >= 0 && _runs[slot] is { Length: >= 0 } run ? run.Length : _session.CopyFacts(type, default);
    }

    private static (int Start, int Length)[] NotRead(int slots)
    {
        var runs = new (int Start, int Length)[slots];
        Array.Fill(runs, (0, -1));
        return runs;
    }

    /// <summary>The input facts of a type, in canonical order (read into the room left, as a session's are); none for a null type.</summary>
    public FactList OfInput(ImmutableArray<Fact> input, FactSchema? type)
    {
        if (type is null)
        {
            return default;
        }

        var count = 0;
        foreach (var fact in input)
        {
            if (fact.Schema == type)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return default;
        }

        Room(count);
        var start = _used;
        foreach (var fact in input)
        {
            if (fact.Schema == type)
            {
                _read[_used++] = fact;
            }
        }

        _sort.Order(_read.AsSpan(start, count));
        return new FactList(_read, start, count);
    }

    /// <summary>Makes room for <paramref name="count"/> more facts after those read: the facts read so far are copied over (lists given out keep the old array, which is not written again).</summary>
    private void Room(int count)
    {
        if (count > _read.Length - _used)
        {
            var more = new Fact[Math.Max(_used + count, Math.Max(FirstRoom, _read.Length * 2))];
            _read.AsSpan(0, _used).CopyTo(more);
            _read = more;
        }
    }

    /// <summary>Reads a type's facts into the room left and puts them in order there.</summary>
    private FactList Read(FactSchema type)
    {
        var start = _used;
        var count = Copy(type);
        _sort.Order(_read.AsSpan(start, count));
        return new FactList(_read, start, count);
    }

    /// <summary>Copies a type's facts into the room left, as the session holds them; returns how many.</summary>
    private int Copy(FactSchema type)
    {
        var count = _session.CopyFacts(type, _read.AsSpan(_used));
        if (count > _read.Length - _used)
        {
            Room(count);
            _session.CopyFacts(type, _read.AsSpan(_used));
        }

        _used += count;
        return count;
    }
}
