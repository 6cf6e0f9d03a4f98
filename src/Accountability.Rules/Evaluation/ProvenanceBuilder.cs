using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// Collects the rules, articles and policies behind derived facts, from a fired session. A fact one
/// rule derived gets that rule's provenance, made once per ruleset (<see cref="ProjectionTables"/>);
/// several rules are merged by declaration order and citation rank. Part of a <see cref="ResultProjector"/>,
/// reused case after case; not thread-safe.
/// </summary>
internal sealed class ProvenanceBuilder
{
    private readonly ProjectionTables _tables;

    /// <summary>The fired session of the case being projected (<see cref="Start"/>).</summary>
    private ISession _session = null!;

    /// <summary>The most rules a provenance is merged from on the stack; more (a ruleset of many rules on one fact) on the heap.</summary>
    private const int MaxStackRules = 128;

    /// <summary>The longest list <see cref="SortDistinct"/> puts in order by insertion; a longer one by the general sort.</summary>
    private const int SmallSort = 32;

    /// <summary>The declaration orders of the rules collected for the provenance being built (room for most).</summary>
    private readonly List<int> _orders = new(16);

    /// <summary>Whether the citation ranks of the provenances made are gathered (from <see cref="StartCitations"/> to <see cref="Citations"/>).</summary>
    private bool _gathering;

    /// <summary>The citation ranks of the provenances made while <see cref="_gathering"/> (repeats included), kept from case to case.</summary>
    private readonly List<int> _ranks = new(32);

    public ProvenanceBuilder(CompiledRuleSet ruleSet)
    {
        _tables = ruleSet.Projection;
    }

    /// <summary>Reads the derivations of a case's fired session from now on.</summary>
    public void Start(ISession session) => _session = session;

    /// <summary>Lets go of the case's session.</summary>
    public void Finish()
    {
        _session = null!;
        _gathering = false;
        _ranks.Clear();
    }

    /// <summary>The provenance of facts: the derivations of each.</summary>
    public Provenance Of(ReadOnlySpan<Fact> facts)
    {
        _orders.Clear();
        foreach (var fact in facts)
        {
            Collect(_session.Supports(fact), null);
        }

        return From();
    }

    /// <summary>The provenance of facts (see <see cref="Of(ReadOnlySpan{Fact})"/>).</summary>
    public Provenance Of(FactList facts) => Of(facts.AsSpan());

    /// <summary>The provenance of the facts of two or three lists (see <see cref="Of(ReadOnlySpan{Fact})"/>).</summary>
    public Provenance Of(ReadOnlySpan<Fact> facts, ReadOnlySpan<Fact> more, ReadOnlySpan<Fact> andMore = default)
    {
        _orders.Clear();
        foreach (var fact in facts)
        {
            Collect(_session.Supports(fact), null);
        }

        foreach (var fact in more)
        {
            Collect(_session.Supports(fact), null);
        }

        foreach (var fact in andMore)
        {
            Collect(_session.Supports(fact), null);
        }

        return From();
    }

    /// <summary>
    /// The provenance of one fact: its derivations, and also those of the derived facts of the type
    /// <paramref name="through"/> (if any) that they matched (one level down), so that a conclusion drawn
    /// from another carries the articles of both.
    /// </summary>
    public Provenance Of(Fact fact, FactSchema? through = null)
    {
        var supports = _session.Supports(fact);
        if (through is null && supports.Count == 1)
        {
            // A fact most often rests on one firing: its rule's provenance, with nothing to collect and merge.
            var order = _tables.Order(supports[0]);
            if (_gathering)
            {
                _ranks.Add(_tables.CitationRank(order));
            }

            return _tables.ProvenanceOf(order);
        }

        _orders.Clear();
        Collect(supports, through);
        return From();
    }

    /// <summary>
    /// Gathers from now on the citations of the provenances made (<see cref="Of(Fact, FactSchema?)"/> and
    /// the others), until <see cref="Citations"/> gives them.
    /// </summary>
    public void StartCitations()
    {
        _ranks.Clear();
        _gathering = true;
    }

    /// <summary>
    /// The distinct citations of the provenances made since <see cref="StartCitations"/>, in
    /// <see cref="ProjectionTables.CitationOrder"/>, as the citations of those provenances ranked
    /// (equal citations share a rank); gathering stops.
    /// </summary>
    public ImmutableArray<Citation> Citations()
    {
        if (!_gathering)
        {
            throw new InvalidOperationException("No citations are being gathered.");
        }

        _gathering = false;
        var ranks = SortDistinct(_ranks);
        if (ranks == 0)
        {
            return [];
        }

        // Persons of many cases cite the same articles: each list is made once per ruleset and shared.
        var set = CollectionsMarshal.AsSpan(_ranks)[..ranks];
        var lists = _tables.CitationLists;
        if (lists.TryGet(set, out var kept))
        {
            return kept;
        }

        var citations = new Citation[ranks];
        for (var i = 0; i < ranks; i++)
        {
            citations[i] = _tables.CitationAt(_ranks[i]);
        }

        return lists.Keep(set, ImmutableCollectionsMarshal.AsImmutableArray(citations));
    }

    private void Collect(Supports supports, FactSchema? through)
    {
        foreach (var support in supports)
        {
            _orders.Add(_tables.Order(support));
            if (through is null)
            {
                continue;
            }

            foreach (var matched in support.Matched)
            {
                if (matched.Schema == through)
                {
                    foreach (var below in _session.Supports(matched))
                    {
                        _orders.Add(_tables.Order(below));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The provenance of the rules collected, in declaration order, not firing order: engines and
    /// fact orders may fire rules of equal rank in another order. Each part is made once at its size.
    /// </summary>
    private Provenance From()
    {
        var rules = SortDistinct(_orders);
        if (_gathering)
        {
            for (var i = 0; i < rules; i++)
            {
                _ranks.Add(_tables.CitationRank(_orders[i]));
            }
        }

        if (rules == 0)
        {
            return Provenance.None;
        }

        if (rules == 1)
        {
            return _tables.ProvenanceOf(_orders[0]);
        }

        // Cases often merge the same rules: the provenance is made once per ruleset and shared.
        var orders = CollectionsMarshal.AsSpan(_orders)[..rules];
        var merged = _tables.MergedProvenances;
        return merged.TryGet(orders, out var provenance) ? provenance : merged.Keep(orders, Merge(rules));
    }

    /// <summary>The provenance of the first <paramref name="rules"/> rule orders collected (sorted, distinct, more than one).</summary>
    private Provenance Merge(int rules)
    {
        var ids = new string[rules];
        var idCount = 0;
        var policyCount = 0;
        Span<int> ranks = rules <= MaxStackRules ? stackalloc int[rules] : new int[rules];
        for (var i = 0; i < rules; i++)
        {
            var single = _tables.ProvenanceOf(_orders[i]);
            if (IndexOf(ids.AsSpan(0, idCount), single.RuleIds[0]) < 0)
            {
                ids[idCount++] = single.RuleIds[0];
            }

            if (!single.PolicyIds.IsEmpty && FirstPolicyOf(i) == i)
            {
                policyCount++;
            }

            ranks[i] = _tables.CitationRank(_orders[i]);
        }

        ranks.Sort();
        var citationCount = 1;
        for (var i = 1; i < ranks.Length; i++)
        {
            if (ranks[i] != ranks[i - 1])
            {
                citationCount++;
            }
        }

        var citations = new Citation[citationCount];
        var next = 0;
        for (var i = 0; i < ranks.Length; i++)
        {
            if (i == 0 || ranks[i] != ranks[i - 1])
            {
                citations[next++] = _tables.CitationAt(ranks[i]);
            }
        }

        var policies = policyCount == 0 ? [] : new string[policyCount];
        next = 0;
        for (var i = 0; i < rules && next < policyCount; i++)
        {
            if (!_tables.ProvenanceOf(_orders[i]).PolicyIds.IsEmpty && FirstPolicyOf(i) == i)
            {
                policies[next++] = _tables.ProvenanceOf(_orders[i]).PolicyIds[0];
            }
        }

        if (idCount < ids.Length)
        {
            Array.Resize(ref ids, idCount);
        }

        return new Provenance(
            ImmutableCollectionsMarshal.AsImmutableArray(ids),
            ImmutableCollectionsMarshal.AsImmutableArray(citations),
            ImmutableCollectionsMarshal.AsImmutableArray(policies));
    }

    /// <summary>The first of the rules collected (sorted, distinct) that applies the policy the rule at <paramref name="index"/> applies; -1 for none.</summary>
    private int FirstPolicyOf(int index)
    {
        var policies = _tables.ProvenanceOf(_orders[index]).PolicyIds;
        if (policies.IsEmpty)
        {
            return -1;
        }

        for (var i = 0; i < index; i++)
        {
            var earlier = _tables.ProvenanceOf(_orders[i]).PolicyIds;
            if (!earlier.IsEmpty && string.Equals(earlier[0], policies[0], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return index;
    }

    /// <summary>
    /// Sorts the numbers and removes repeats; returns how many distinct ones lead the list. The lists are a few rules
    /// or citations long (a person's findings, a fact's supports): an insertion sort, without the general sort's set-up.
    /// </summary>
    private static int SortDistinct(List<int> numbers)
    {
        var items = CollectionsMarshal.AsSpan(numbers);
        if (items.Length <= 1)
        {
            return items.Length;
        }

        if (items.Length > SmallSort)
        {
            items.Sort();
        }
        else
        {
            for (var i = 1; i < items.Length; i++)
            {
                var item = items[i];
                var j = i - 1;
                while (j >= 0 && items[j] > item)
                {
                    items[j + 1] = items[j];
                    j--;
                }

                items[j + 1] = item;
            }
        }

        var distinct = 1;
        for (var i = 1; i < items.Length; i++)
        {
            if (items[i] != items[distinct - 1])
            {
                items[distinct++] = items[i];
            }
        }

        return distinct;
    }

    private static int IndexOf(ReadOnlySpan<string> items, string item)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (string.Equals(items[i], item, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
