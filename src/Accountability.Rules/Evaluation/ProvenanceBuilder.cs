using System.Collections.Immutable;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// Collects the rules, articles and policies behind derived facts, from a fired session. A fact one
/// rule derived gets that rule's provenance, made once per ruleset (<see cref="ProjectionTables"/>);
/// several rules are merged by declaration order and citation rank. One instance per evaluation;
/// not thread-safe.
/// </summary>
internal sealed class ProvenanceBuilder
{
    private readonly ISession _session;
    private readonly ProjectionTables _tables;

    /// <summary>The declaration orders of the rules collected for the provenance being built.</summary>
    private readonly List<int> _orders = [];

    public ProvenanceBuilder(ISession session, CompiledRuleSet ruleSet)
    {
        _session = session;
        _tables = ruleSet.Projection;
    }

    /// <summary>
    /// The provenance of facts: the derivations of each, and also those of the derived facts of the
    /// types in <paramref name="through"/> that they matched (one level down), so that a conclusion
    /// drawn from another carries the articles of both.
    /// </summary>
    public Provenance Of(ReadOnlySpan<Fact> facts, params ReadOnlySpan<string> through)
    {
        _orders.Clear();
        foreach (var fact in facts)
        {
            Collect(fact, through);
        }

        return From();
    }

    /// <summary>The provenance of facts (see <see cref="Of(ReadOnlySpan{Fact}, ReadOnlySpan{string})"/>).</summary>
    public Provenance Of(ImmutableArray<Fact> facts) => Of(facts.AsSpan());

    /// <summary>The provenance of the facts of two lists (see <see cref="Of(ReadOnlySpan{Fact}, ReadOnlySpan{string})"/>).</summary>
    public Provenance Of(ReadOnlySpan<Fact> facts, ReadOnlySpan<Fact> more)
    {
        _orders.Clear();
        foreach (var fact in facts)
        {
            Collect(fact, []);
        }

        foreach (var fact in more)
        {
            Collect(fact, []);
        }

        return From();
    }

    /// <summary>The provenance of one fact.</summary>
    public Provenance Of(Fact fact, params ReadOnlySpan<string> through)
    {
        _orders.Clear();
        Collect(fact, through);
        return From();
    }

    /// <summary>The distinct citations of several provenances, ordered.</summary>
    public ImmutableArray<Citation> Citations(ReadOnlySpan<Provenance?> sources)
    {
        _orders.Clear();
        List<Citation>? foreign = null;
        foreach (var source in sources)
        {
            if (source is null)
            {
                continue;
            }

            foreach (var citation in source.Citations)
            {
                var rank = _tables.RankOf(citation);
                if (rank >= 0)
                {
                    _orders.Add(rank);
                }
                else
                {
                    (foreign ??= []).Add(citation);
                }
            }
        }

        if (foreign is not null)
        {
            // A provenance made elsewhere (not from this ruleset's rules): the general way.
            return [.. sources.ToArray().Where(s => s is not null).SelectMany(s => s!.Citations).Distinct().Order(_tables.CitationOrder)];
        }

        var ranks = SortDistinct(_orders);
        if (ranks == 0)
        {
            return [];
        }

        var citations = new Citation[ranks];
        for (var i = 0; i < ranks; i++)
        {
            citations[i] = _tables.CitationAt(_orders[i]);
        }

        return ImmutableArray.Create(citations);
    }

    private void Collect(Fact fact, ReadOnlySpan<string> through)
    {
        foreach (var derivation in _session.Derivations(fact))
        {
            _orders.Add(_tables.Order(derivation.Rule));
            if (through.IsEmpty)
            {
                continue;
            }

            foreach (var matched in derivation.Matched)
            {
                if (matched.Schema.Origin == FactOrigin.Derived && Contains(through, matched.Schema.Name))
                {
                    foreach (var below in _session.Derivations(matched))
                    {
                        _orders.Add(_tables.Order(below.Rule));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The provenance of the rules collected, in declaration order, not firing order: engines and
    /// fact orders may fire rules of equal rank in another order.
    /// </summary>
    private Provenance From()
    {
        var rules = SortDistinct(_orders);
        if (rules == 0)
        {
            return Provenance.None;
        }

        if (rules == 1)
        {
            return _tables.ProvenanceOf(_orders[0]);
        }

        var ids = ImmutableArray.CreateBuilder<string>(rules);
        var policies = ImmutableArray.CreateBuilder<string>();
        Span<int> ranks = stackalloc int[rules];
        for (var i = 0; i < rules; i++)
        {
            var single = _tables.ProvenanceOf(_orders[i]);
            AddDistinct(ids, single.RuleIds[0]);
            if (!single.PolicyIds.IsEmpty)
            {
                AddDistinct(policies, single.PolicyIds[0]);
            }

            ranks[i] = _tables.CitationRank(_orders[i]);
        }

        ranks.Sort();
        var citations = ImmutableArray.CreateBuilder<Citation>(rules);
        for (var i = 0; i < ranks.Length; i++)
        {
            if (i == 0 || ranks[i] != ranks[i - 1])
            {
                citations.Add(_tables.CitationAt(ranks[i]));
            }
        }

        return new Provenance(ids.DrainToImmutable(), citations.DrainToImmutable(), policies.DrainToImmutable());
    }

    /// <summary>Sorts the numbers and removes repeats; returns how many distinct ones lead the list.</summary>
    private static int SortDistinct(List<int> numbers)
    {
        if (numbers.Count <= 1)
        {
            return numbers.Count;
        }

        numbers.Sort();
        var distinct = 1;
        for (var i = 1; i < numbers.Count; i++)
        {
            if (numbers[i] != numbers[distinct - 1])
            {
                numbers[distinct++] = numbers[i];
            }
        }

        return distinct;
    }

    private static void AddDistinct(ImmutableArray<string>.Builder builder, string item)
    {
        for (var i = 0; i < builder.Count; i++)
        {
            if (string.Equals(builder[i], item, StringComparison.Ordinal))
            {
                return;
            }
        }

        builder.Add(item);
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
