using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// The facts of a fired session by type, each type read once and put in the canonical order of its
/// values (<see cref="FactValueOrder"/>), so that no part of a result depends on the order in which
/// the case gave its facts or an engine derived them. A type the ruleset's catalogue lacks has no
/// facts. One instance per evaluation; not thread-safe.
/// </summary>
internal sealed class SessionFacts(ProjectionTables tables, FactCatalog catalog, ISession session)
{
    /// <summary>Up to this many facts are put in order by insertion (stable, no allocation); more by a stable sort.</summary>
    private const int InsertionSortLimit = 16;

    /// <summary>By derived type (<see cref="ProjectionTables.DerivedSlot"/>); default until the type is read.</summary>
    private readonly ImmutableArray<Fact>[] _byType = new ImmutableArray<Fact>[tables.DerivedSlots];

    /// <summary>The facts of a type, in canonical order.</summary>
    public ImmutableArray<Fact> Of(string type) => catalog.TryGet(type, out var schema) ? Of(schema) : [];

    /// <summary>
    /// The facts of a type of the catalogue, in canonical order; those of a derived type are read once.
    /// None for a null type: one the projection reads that the catalogue lacks (see <see cref="ProjectedTypes"/>).
    /// </summary>
    public ImmutableArray<Fact> Of(FactSchema? type)
    {
        if (type is null)
        {
            return [];
        }

        var slot = tables.DerivedSlot(type);
        if (slot < 0)
        {
            return Ordered(session.Query(type.Name));
        }

        var facts = _byType[slot];
        if (facts.IsDefault)
        {
            facts = Ordered(session.Query(type.Name));
            _byType[slot] = facts;
        }

        return facts;
    }

    /// <summary>The facts in canonical order; a stable sort, so that facts of equal values keep their order.</summary>
    internal static ImmutableArray<Fact> Ordered(ImmutableArray<Fact> facts)
    {
        if (facts.Length <= 1 || InOrder(facts.AsSpan()))
        {
            return facts;
        }

        var sorted = facts.ToArray();
        Sort(sorted);
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    /// <summary>Puts the facts of an array the caller owns in canonical order, in place (see <see cref="Ordered"/>).</summary>
    internal static void Order(Fact[] facts)
    {
        if (facts.Length > 1 && !InOrder(facts))
        {
            Sort(facts);
        }
    }

    /// <summary>A stable sort in place: by insertion for a few facts (no allocation), else <see cref="SortMany"/>.</summary>
    private static void Sort(Fact[] facts)
    {
        if (facts.Length > InsertionSortLimit)
        {
            SortMany(facts);
            return;
        }

        for (var i = 1; i < facts.Length; i++)
        {
            var fact = facts[i];
            var j = i - 1;
            while (j >= 0 && FactValueOrder.Instance.Compare(facts[j], fact) > 0)
            {
                facts[j + 1] = facts[j];
                j--;
            }

            facts[j + 1] = fact;
        }
    }

    /// <summary>Whether the facts are in canonical order already (as a session often gives them): then they are kept as read.</summary>
    private static bool InOrder(ReadOnlySpan<Fact> facts)
    {
        for (var i = 1; i < facts.Length; i++)
        {
            if (FactValueOrder.Instance.Compare(facts[i - 1], facts[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A stable sort of many facts, in place: each carries its place in the array, the tie-breaker.</summary>
    private static void SortMany(Fact[] facts)
    {
        var placed = new (Fact Fact, int Place)[facts.Length];
        for (var i = 0; i < placed.Length; i++)
        {
            placed[i] = (facts[i], i);
        }

        placed.AsSpan().Sort(StableOrder);
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = placed[i].Fact;
        }
    }

    /// <summary>The canonical order, then the place in the session (a comparison, which a span sorts with without allocating; a comparer is wrapped in one per sort).</summary>
    private static int StableOrder((Fact Fact, int Place) x, (Fact Fact, int Place) y)
    {
        var order = FactValueOrder.Instance.Compare(x.Fact, y.Fact);
        return order != 0 ? order : x.Place.CompareTo(y.Place);
    }
}
