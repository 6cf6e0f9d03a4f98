using System.Collections.Immutable;
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
    private readonly Dictionary<string, ImmutableArray<Fact>> _byType = new(StringComparer.Ordinal);

    /// <summary>The facts of a type, in canonical order.</summary>
    public ImmutableArray<Fact> Of(string type)
    {
        if (!_byType.TryGetValue(type, out var facts))
        {
            facts = catalog.TryGet(type, out _) ? [.. session.Query(type).Order(FactValueOrder.Instance)] : [];
            _byType[type] = facts;
        }

        return facts;
    }
}
