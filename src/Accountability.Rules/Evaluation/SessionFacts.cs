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
internal sealed class SessionFacts(FactCatalog catalog, ISession session)
{
    /// <summary>Up to this many facts are put in order by insertion (stable, no allocation); more by a stable sort.</summary>
    private const int InsertionSortLimit = 16;

    /// <summary>By type ordinal; default until the type is read.</summary>
    private readonly ImmutableArray<Fact>[] _byType = new ImmutableArray<Fact>[catalog.Types.Length];

    /// <summary>The facts of a type, in canonical order.</summary>
    public ImmutableArray<Fact> Of(string type) => catalog.TryGet(type, out var schema) ? Of(schema) : [];

    /// <summary>The facts of a type of the catalogue, in canonical order.</summary>
    public ImmutableArray<Fact> Of(FactSchema type)
    {
        var facts = _byType[type.Ordinal];
        if (facts.IsDefault)
        {
            facts = Ordered(session.Query(type.Name));
            _byType[type.Ordinal] = facts;
        }

        return facts;
    }

    /// <summary>The facts in canonical order; a stable sort, so that facts of equal values keep the session's order.</summary>
    private static ImmutableArray<Fact> Ordered(ImmutableArray<Fact> facts)
    {
        if (facts.Length <= 1)
        {
            return facts;
        }

        if (facts.Length > InsertionSortLimit)
        {
            return [.. facts.Order(FactValueOrder.Instance)];
        }

        var sorted = new Fact[facts.Length];
        facts.CopyTo(sorted);
        for (var i = 1; i < sorted.Length; i++)
        {
            var fact = sorted[i];
            var j = i - 1;
            while (j >= 0 && FactValueOrder.Instance.Compare(sorted[j], fact) > 0)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = fact;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }
}
