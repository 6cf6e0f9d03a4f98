using System.Collections.Immutable;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>Collects the rules, articles and policies behind derived facts, from a fired session.</summary>
internal sealed class ProvenanceBuilder
{
    private readonly ISession _session;
    private readonly CitationOrder _order;
    private readonly IReadOnlyDictionary<RuleDefinition, int> _ruleOrder;

    public ProvenanceBuilder(ISession session, CompiledRuleSet ruleSet)
    {
        _session = session;
        _order = ruleSet.CitationOrder;
        _ruleOrder = ruleSet.RuleOrder;
    }

    /// <summary>
    /// The provenance of facts: the derivations of each, and also those of the derived facts of the
    /// types in <paramref name="through"/> that they matched (one level down), so that a conclusion
    /// drawn from another carries the articles of both.
    /// </summary>
    public Provenance Of(IEnumerable<Fact> facts, params ReadOnlySpan<string> through)
    {
        var derivations = new List<Derivation>();
        foreach (var fact in facts)
        {
            foreach (var derivation in _session.Derivations(fact))
            {
                derivations.Add(derivation);
                foreach (var matched in derivation.Matched)
                {
                    if (matched.Schema.Origin == FactOrigin.Derived && Contains(through, matched.Schema.Name))
                    {
                        derivations.AddRange(_session.Derivations(matched));
                    }
                }
            }
        }

        return From(derivations);
    }

    /// <summary>The provenance of one fact.</summary>
    public Provenance Of(Fact fact, params ReadOnlySpan<string> through) => Of([fact], through);

    /// <summary>The distinct citations of several provenances, ordered.</summary>
    public ImmutableArray<Citation> Citations(IEnumerable<Provenance?> sources) =>
        [.. sources.Where(s => s is not null).SelectMany(s => s!.Citations).Distinct().Order(_order)];

    private Provenance From(List<Derivation> derivations)
    {
        if (derivations.Count == 0)
        {
            return Provenance.None;
        }

        // In declaration order, not firing order: engines and fact orders may fire rules of equal rank in another order.
        var ordered = derivations.OrderBy(d => _ruleOrder.GetValueOrDefault(d.Rule, int.MaxValue)).ToList();
        return new Provenance(
            [.. ordered.Select(d => d.Rule.Id).Distinct(StringComparer.Ordinal)],
            [.. ordered.Select(d => d.Rule.Citation).Distinct().Order(_order)],
            [.. ordered.Select(d => d.Rule.PolicyId).OfType<string>().Distinct(StringComparer.Ordinal)]);
    }

    private static bool Contains(ReadOnlySpan<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (candidate == name)
            {
                return true;
            }
        }

        return false;
    }
}
