using System.Collections.Immutable;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// The derived facts of a lent session (<see cref="CompiledRuleSet.RentSession"/>), by type, reused case after case:
/// a derived fact costs two objects (the fact and its values), and case after case derives the same types. A firing
/// takes a fact here and its action writes every value into it (<see cref="TruthMaintenance.Assert"/>); a fact equal
/// to one held is given back at once, and the others are held by the case until it is over: when the session is
/// cleared, its result projected, every fact taken comes back (<see cref="TakeBack"/>). The facts of the types a
/// result keeps (a <see cref="Evaluation.Conclusion"/> holds its fact: <see cref="Evaluation.ProjectionTables.KeptByResults"/>)
/// are new each time, and so are those of a session that is not lent, whose user may keep its facts. A fact kept
/// holds its last values until it is taken again. Part of one session; not thread-safe.
/// </summary>
internal sealed class FactPool
{
    /// <summary>The most facts of one type kept: a very large case does not leave all its facts behind.</summary>
    internal const int KeptPerType = 256;

    /// <summary>
    /// By type ordinal, the facts of a type reused (null for a type that is not, or not yet): those before
    /// <see cref="_free"/> may be taken, those from there to <see cref="_end"/> were taken in the case.
    /// </summary>
    private readonly Fact[]?[] _facts;
    private readonly int[] _free;
    private readonly int[] _end;

    /// <summary>By type ordinal, whether the type's facts are reused: no result keeps them, and the session is lent.</summary>
    private readonly bool[] _reused;

    /// <summary>The ordinals of the types with facts in <see cref="_facts"/>, for <see cref="TakeBack"/>.</summary>
    private readonly List<int> _types = [];

    /// <param name="typeCount">The number of types of the catalogue.</param>
    /// <param name="keptByResults">
    /// For a lent session, by type ordinal, whether a result may keep facts of the type; null for a session that is
    /// not lent: none of its facts is reused.
    /// </param>
    public FactPool(int typeCount, ImmutableArray<bool>? keptByResults)
    {
        _facts = new Fact[typeCount][];
        _free = new int[typeCount];
        _end = new int[typeCount];
        _reused = new bool[typeCount];
        if (keptByResults is { } kept)
        {
            for (var i = 0; i < _reused.Length; i++)
            {
                _reused[i] = !kept[i];
            }
        }
    }

    /// <summary>
    /// A fact of the type that no one holds, whose values an action is to write, every one (<see cref="CompiledAction.Evaluate(MatchContext, Span{Value})"/>):
    /// one kept, else a new one. It is then held by the case (given its hash: <see cref="Fact.Rehash"/>), or given back
    /// (<see cref="GiveBack"/>) before another fact of the type is taken.
    /// </summary>
    public Fact Take(FactSchema schema)
    {
        var ordinal = schema.Ordinal;
        var free = _free[ordinal];
        if (free > 0)
        {
            _free[ordinal] = free - 1;
            return _facts[ordinal]![free - 1];
        }

        var fact = Fact.CreateUnchecked(schema, new Value[schema.Fields.Length]);
        if (_reused[ordinal])
        {
            Add(ordinal, fact);
        }

        return fact;
    }

    /// <summary>
    /// The fact last taken of its type is not held (equal to one held, or cut short by a calendar gap): it may be taken
    /// again. A fact not taken here (a calendar gap's) is not kept.
    /// </summary>
    public void GiveBack(Fact fact)
    {
        var ordinal = fact.Schema.Ordinal;
        var free = _free[ordinal];
        if (free < _end[ordinal] && ReferenceEquals(_facts[ordinal]![free], fact))
        {
            _free[ordinal] = free + 1;
        }
    }

    /// <summary>The case is over and its result projected: every fact taken may be taken again.</summary>
    public void TakeBack()
    {
        foreach (var ordinal in _types)
        {
            _free[ordinal] = _end[ordinal];
        }
    }

    /// <summary>Keeps a new fact as taken (no fact of the type may be taken: it goes first, the facts taken after it), unless enough are kept.</summary>
    private void Add(int ordinal, Fact fact)
    {
        var facts = _facts[ordinal];
        var end = _end[ordinal];
        if (facts is null)
        {
            facts = _facts[ordinal] = new Fact[4];
            _types.Add(ordinal);
        }
        else if (end == facts.Length)
        {
            if (end == KeptPerType)
            {
                return;
            }

            Array.Resize(ref _facts[ordinal], end * 2);
            facts = _facts[ordinal]!;
        }

        facts[end] = facts[0];
        facts[0] = fact;
        _end[ordinal] = end + 1;
    }
}
