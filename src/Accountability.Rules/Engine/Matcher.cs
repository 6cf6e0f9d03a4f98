using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>
/// Matching: brings a rule's activations up to date with working memory. A newly inserted fact is
/// matched alone (the rule's matches only grow), unless a negation or an aggregate of the rule reads
/// its type, or a fact went: then the rule recomputes every match, and matches that no longer hold
/// are lost (truth maintenance takes them off the agenda or withdraws them). Matches are enumerated depth first
/// over the rule's elements, binding facts and values in the rule's scratch context.
/// </summary>
internal sealed class Matcher
{
    private readonly WorkingMemory _memory;
    private readonly Agenda _agenda;
    private readonly TruthMaintenance _truth;

    /// <summary>The scratch bindings of whichever rule is being matched or fired (one rule at a time), as large as the largest rule needs.</summary>
    private readonly MatchContext _context;

    /// <summary>The facts bound while matches are enumerated; empty between enumerations.</summary>
    private readonly MatchBuffer _buffer = new();

    /// <summary>The number of the current (or last) recomputation of a rule's matches; each match found marks its activation with it.</summary>
    private int _epoch;

    /// <summary>While every match of a rule is recomputed: the activations whose match no longer holds.</summary>
    private readonly List<Activation> _stale = [];

    private bool _recomputing;

    /// <summary>Whether an enumeration began and did not end (a condition threw): the buffer and the slots may hold its bindings (see <see cref="Enumerate"/>).</summary>
    private bool _interrupted;

    /// <summary>
    /// While every match of a rule without a known match is computed (its first look in a case): every
    /// match found is new (an enumeration finds each once), so none is looked up.
    /// </summary>
    private bool _fresh;

    /// <summary>While the matches of one new fact are enumerated: the element it is bound to (the others try every fact), else -1.</summary>
    private int _fixedIndex = -1;

    /// <summary>The new fact bound to the element <see cref="_fixedIndex"/>.</summary>
    private FactEntry? _fixedEntry;

    public Matcher(int slots, WorkingMemory memory, Agenda agenda, TruthMaintenance truth)
    {
        _memory = memory;
        _agenda = agenda;
        _truth = truth;
        _context = new MatchContext(slots);
    }

    /// <summary>
    /// The scratch context loaded with an activation's bindings, for its rule's actions: its pattern
    /// slots and aggregate values. The other slots (negations' and aggregates' items) may hold what an
    /// enumeration left; no action reads them, as their aliases are out of scope in actions.
    /// </summary>
    public MatchContext Bind(Activation activation)
    {
        var context = _context;
        var rule = activation.Rule;
        var matched = activation.Matched;
        var slots = rule.PatternSlots;
        for (var i = 0; i < slots.Length; i++)
        {
            context.Facts[slots[i]] = matched[i];
        }

        activation.Values.AsSpan().CopyTo(context.Values);
        return context;
    }

    /// <summary>Forgets the bindings of the last case (a session reused for another).</summary>
    public void Reset()
    {
        _context.Facts.AsSpan().Clear();
        _context.Values.AsSpan().Clear();
        _buffer.Clear();
        _stale.Clear();
        _interrupted = false;
    }

    /// <summary>Brings one rule's matches up to date with the facts inserted or changed since its last look.</summary>
    public void Update(CompiledRule rule, RuleState state)
    {
        if (state.Dirty)
        {
            // A negation or aggregate (or the first look at a rule): every match again.
            state.Dirty = false;
            if (state.HasInserted)
            {
                state.Inserted.Clear();
            }

            RecomputeAll(rule, state);
        }
        else if (state.HasInserted)
        {
            // Only facts that add matches came (see RecomputesOn): only matches that contain a newly
            // inserted fact are new. Matching changes no fact, so the list does not change under the loop.
            var inserted = state.Inserted;
            var pending = state.PendingCount;
            try
            {
                foreach (var entry in inserted)
                {
                    if (entry.Alive)
                    {
                        MatchNew(rule, state, entry);
                    }
                }
            }
            finally
            {
                inserted.Clear();
            }

            if (!rule.IsPositive)
            {
                // A rule with a negation or an aggregate takes its new matches in the order a
                // recomputation finds them, as it did when every fact made it recompute.
                state.SortPending(pending, rule.MatchOrder);
            }
        }
    }

    /// <summary>
    /// A rule's first look in a case, once <see cref="HoldsPatternTypes"/> holds: every match is computed with the facts
    /// held, and each is new, as the case has none of the rule's yet (its state was just started).
    /// </summary>
    public void FirstLook(CompiledRule rule, RuleState state)
    {
        state.Dirty = false;
        _epoch = unchecked(_epoch + 1);
        _recomputing = false;
        _fresh = true;
        Enumerate(rule, state);
        _fresh = false;
    }

    private void RecomputeAll(CompiledRule rule, RuleState state)
    {
        _epoch = unchecked(_epoch + 1);
        if (HasCandidates(rule))
        {
            _recomputing = true;
            _fresh = !state.HasKnown;
            Enumerate(rule, state);
            _recomputing = false;
            _fresh = false;
        }

        _stale.Clear();
        state.CollectLost(_epoch, _stale);

        foreach (var stale in _stale)
        {
            _truth.MatchLost(stale);
        }

        _stale.Clear();
    }

    /// <summary>
    /// Whether working memory holds a fact of each pattern's type: a rule not yet looked at in a case is not started
    /// while this is false (<see cref="Agenda.NextActivation"/>), so a rule whose types are not all held costs no state.
    /// The patterns' filters are not tried here: the first look's enumeration tries each pattern's candidates itself, so
    /// trying them before would try them twice for the usual rule looked at, one that matches. A rule one of whose
    /// patterns admits no fact held is started and found by its first look to have no match, at the cost its
    /// enumeration has when that pattern admits one fact.
    /// </summary>
    public bool HoldsPatternTypes(CompiledRule rule) => _memory.HoldsEach(rule.PatternTypes);

    /// <summary>
    /// Whether working memory holds, for each pattern, a fact its filter admits (<see cref="CompiledElement.Filter"/>):
    /// when a pattern has none, the rule has no match, and no element need be tried. Checked before each recomputation
    /// of a rule's matches. The pattern types are checked first (<see cref="HoldsPatternTypes"/>), then the filters are
    /// tried until one admits a fact.
    /// </summary>
    public bool HasCandidates(CompiledRule rule)
    {
        if (!HoldsPatternTypes(rule))
        {
            return false;
        }

        foreach (var element in rule.Elements)
        {
            if (element.Kind == ElementKind.Pattern && element.Filter is { } filter && !AnyAdmitted(element.TypeOrdinal, filter))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="filter"/> admits a fact of the type, each tried as its candidate.</summary>
    private bool AnyAdmitted(int typeOrdinal, Condition filter)
    {
        var candidates = _memory.OfType(typeOrdinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (filter(_context, candidates[i].Fact))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the matches of the rule in which <paramref name="entry"/> takes part (when no negation or aggregate of the rule reads its type).</summary>
    private void MatchNew(CompiledRule rule, RuleState state, FactEntry entry)
    {
        _recomputing = false;
        _fresh = false;
        var elements = rule.Elements;
        _fixedEntry = entry;
        try
        {
            for (var index = 0; index < elements.Length; index++)
            {
                if (elements[index].TypeOrdinal == entry.Fact.Schema.Ordinal)
                {
                    _fixedIndex = index;
                    Enumerate(rule, state);
                }
            }
        }
        finally
        {
            _fixedIndex = -1;
            _fixedEntry = null;
        }
    }

    /// <summary>
    /// Enumerates the rule's matches (every one, or those of the new fact at <see cref="_fixedIndex"/>). When the
    /// last enumeration was interrupted (a condition threw), the buffer and the rule's slots of the scratch
    /// context are emptied first. An enumeration that ends leaves the buffer empty, and every slot a condition
    /// reads is bound before it is read (an element reads the fact it tries as its candidate, and the slots of the elements before it),
    /// so what an earlier enumeration left in a slot is never read.
    /// </summary>
    private void Enumerate(CompiledRule rule, RuleState state)
    {
        if (_interrupted)
        {
            _buffer.Clear();
            _context.Facts.AsSpan(0, rule.SlotCount).Clear();
            _context.Values.AsSpan(0, rule.SlotCount).Clear();
        }

        _interrupted = true;
        Match(rule, state, 0, _context);
        _interrupted = false;
    }

    /// <summary>A match was found: unless it is pending or fired already, it joins the agenda.</summary>
    private void Activate(CompiledRule rule, RuleState state, MatchContext context)
    {
        var buffer = _buffer;
        var ids = buffer.Ids();
        if (!_fresh && state.Find(ids) is { } known)
        {
            if (_recomputing)
            {
                known.Seen = _epoch;
            }

            return;
        }

        var activation = state.NewActivation(rule);
        activation.Match(_agenda.NextActivationSequence(), ids, buffer, context, _epoch);
        foreach (var entry in buffer.Entries)
        {
            entry.AddDependent(activation);
        }

        state.AddPending(activation);
    }

    /// <summary>
    /// Enumerates the matches of the elements from <paramref name="index"/> on, depth first. The
    /// element <see cref="_fixedIndex"/>, when there is one, only tries the new fact <see cref="_fixedEntry"/>.
    /// Matching changes no fact, so the lists of candidates do not change under the loops.
    /// </summary>
    private void Match(CompiledRule rule, RuleState state, int index, MatchContext context)
    {
        if (index == rule.Elements.Length)
        {
            Activate(rule, state, context);
            return;
        }

        var buffer = _buffer;
        var element = rule.Elements[index];
        if (element.Kind == ElementKind.Pattern && index == _fixedIndex)
        {
            MatchPattern(rule, state, index, context, _fixedEntry!);
            context.Facts[element.FactSlot] = null;
            return;
        }

        var candidates = Candidates(element, context);
        switch (element.Kind)
        {
            case ElementKind.Pattern:
                for (var i = 0; i < candidates.Count; i++)
                {
                    MatchPattern(rule, state, index, context, candidates[i]);
                }

                context.Facts[element.FactSlot] = null;
                return;

            case ElementKind.Not:
                foreach (var entry in candidates)
                {
                    if (Holds(element, context, entry.Fact))
                    {
                        return;
                    }
                }

                Match(rule, state, index + 1, context);
                return;

            default:
                var sum = 0m;
                var count = 0;
                var aggregatedCount = buffer.Aggregated.Count;
                foreach (var entry in candidates)
                {
                    if (Holds(element, context, entry.Fact))
                    {
                        count++;
                        buffer.Aggregated.Add(entry);
                        if (element.FieldIndex >= 0)
                        {
                            sum += entry.Fact[element.FieldIndex].AsNumber;
                        }
                    }
                }

                context.Values[element.ValueSlot] = Value.Of(element.Function == AggregateFunction.Count ? count : sum);
                buffer.Aggregated.Add(null);
                Match(rule, state, index + 1, context);
                buffer.Aggregated.Truncate(aggregatedCount);
                return;
        }
    }

    /// <summary>
    /// The facts an element tries: those of its type, or, when its condition equates a field with a field of a fact bound
    /// before it (<see cref="CompiledElement.Join"/>) and the type holds more than <see cref="WorkingMemory.ScannedCandidates"/>,
    /// those holding the bound value: the others fail the condition. Either way in insertion order, so that matches are found in the same order.
    /// </summary>
    private KeptList<FactEntry> Candidates(CompiledElement element, MatchContext context)
    {
        var all = _memory.OfType(element.TypeOrdinal);
        return element.Join is not { } join || all.Count <= WorkingMemory.ScannedCandidates
            ? all
            : _memory.Holding(element.TypeOrdinal, join.FieldIndex, context.Facts[join.Bound.Slot]![join.Bound.Index]);
    }

    /// <summary>
    /// Tries <paramref name="entry"/> on the pattern at <paramref name="index"/> and, when it holds, binds it to the
    /// pattern's slot and matches the elements after it. A fact whose key field holds none of the texts the pattern's short key
    /// allows (<see cref="CompiledElement.Key"/>, <see cref="PatternKey.IsShort"/>) fails the condition, so it is passed over without running it.
    /// </summary>
    private void MatchPattern(CompiledRule rule, RuleState state, int index, MatchContext context, FactEntry entry)
    {
        var element = rule.Elements[index];
        if (element.Key is { IsShort: true } key && key.Excludes(entry.Fact))
        {
            return;
        }

        if (Holds(element, context, entry.Fact))
        {
            context.Facts[element.FactSlot] = entry.Fact;
            _buffer.Entries.Add(entry);
            Match(rule, state, index + 1, context);
            _buffer.Entries.Truncate(_buffer.Entries.Count - 1);
        }
    }

    private static bool Holds(CompiledElement element, MatchContext context, Fact candidate) => element.Condition is not { } condition || condition(context, candidate);
}
