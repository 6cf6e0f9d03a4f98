using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>
/// The working memory and agenda of one case. A rule made only of patterns matches each newly
/// inserted fact alone (its matches only grow); a rule with a negation or an aggregate recomputes
/// its matches, when a fact of a type it reads has changed, at the moment the agenda reaches it. New matches join the agenda, matches that
/// no longer hold leave it, and fired matches that no longer hold withdraw the facts only they
/// supported (truth maintenance). A retracted fact takes every activation that matched it along.
/// </summary>
internal sealed class Session : ISession
{
    private readonly CompiledRuleSet _ruleSet;
    private readonly SessionOptions _options;
    private readonly List<FactEntry>[] _memory;
    private readonly Dictionary<Fact, FactEntry> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Fact, FactEntry> _derived = new(FactValueComparer.Instance);
    private readonly RuleState[] _states;
    private readonly MatchContext?[] _contexts;
    private readonly List<Firing> _firings = [];
    private readonly List<Withdrawal> _withdrawals = [];
    private long _nextFactId;
    private int _nextActivation;
    private int _firingCount;

    /// <summary>Counts insertions and removals, so the agenda can tell that facts changed under it.</summary>
    private int _changes;

    public Session(CompiledRuleSet ruleSet, SessionOptions options)
    {
        _ruleSet = ruleSet;
        _options = options;
        _memory = new List<FactEntry>[ruleSet.Catalog.Types.Length];
        for (var i = 0; i < _memory.Length; i++)
        {
            _memory[i] = [];
        }

        _states = new RuleState[ruleSet.Rules.Length];
        _contexts = new MatchContext[ruleSet.Rules.Length];
        for (var i = 0; i < _states.Length; i++)
        {
            _states[i] = new RuleState();
            _states[i].Dirty = options.AsOf is not { } asOf || ruleSet.Rules[i].Definition.IsInForceOn(asOf);
            _states[i].InForce = _states[i].Dirty;
        }
    }

    public void Insert(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_ruleSet.Catalog.TryGet(fact.Schema.Name, out var schema) || !ReferenceEquals(schema, fact.Schema))
        {
            throw new ArgumentException($"Fact type is not in the ruleset's catalogue. FactType={fact.Schema.Name}", nameof(fact));
        }

        if (_byReference.ContainsKey(fact))
        {
            throw new ArgumentException($"Fact is already inserted. Fact={fact}", nameof(fact));
        }

        Add(new FactEntry(++_nextFactId, fact, isInput: true));
    }

    public void InsertAll(IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts)
        {
            Insert(fact);
        }
    }

    public void Retract(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_byReference.TryGetValue(fact, out var entry))
        {
            throw new ArgumentException($"Fact is not held by the session. Fact={fact}", nameof(fact));
        }

        if (!entry.IsInput)
        {
            throw new ArgumentException($"A derived fact is withdrawn by the rules, not retracted. Fact={fact}", nameof(fact));
        }

        Remove(entry);
    }

    public void Update(Fact current, Fact replacement)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(replacement);
        if (!ReferenceEquals(current.Schema, replacement.Schema))
        {
            throw new ArgumentException($"A fact can only be replaced by one of the same type. Current={current.Schema.Name} Replacement={replacement.Schema.Name}", nameof(replacement));
        }

        Retract(current);
        Insert(replacement);
    }

    public int Fire()
    {
        var fired = 0;
        var recent = new Queue<string>();
        while (true)
        {
            var activation = NextActivation();
            if (activation is null)
            {
                return fired;
            }

            if (fired == _options.MaxFirings)
            {
                throw new RuleCycleException(_options.MaxFirings, MostFrequent(recent));
            }

            Execute(activation);
            fired++;
            recent.Enqueue(activation.Rule.Definition.Id);
            if (recent.Count > 100)
            {
                recent.Dequeue();
            }
        }
    }

    public ImmutableArray<Fact> Query(string factType)
    {
        var schema = _ruleSet.Catalog[factType];
        var entries = _memory[schema.Ordinal];
        var builder = ImmutableArray.CreateBuilder<Fact>(entries.Count);
        foreach (var entry in entries)
        {
            builder.Add(entry.Fact);
        }

        return builder.MoveToImmutable();
    }

    public ImmutableArray<Derivation> Derivations(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_byReference.TryGetValue(fact, out var entry) || entry.IsInput)
        {
            return [];
        }

        return [.. entry.Supports.Select(a => new Derivation(a.Rule.Definition, a.Matched, a.Firing))];
    }

    public Explanation Explain() => new([.. _firings], [.. _withdrawals]);

    private MatchContext Context(CompiledRule rule) => _contexts[rule.Order] ??= new MatchContext(rule.SlotCount);

    private void Add(FactEntry entry)
    {
        _changes++;
        _memory[entry.Fact.Schema.Ordinal].Add(entry);
        _byReference.Add(entry.Fact, entry);
        if (!entry.IsInput)
        {
            _derived.Add(entry.Fact, entry);
        }

        foreach (var order in _ruleSet.RulesReadingType[entry.Fact.Schema.Ordinal])
        {
            var state = _states[order];
            if (!state.InForce)
            {
                continue;
            }

            if (_ruleSet.Rules[order].IsPositive)
            {
                state.Inserted.Add(entry);
            }
            else
            {
                state.Dirty = true;
            }
        }
    }

    private void Remove(FactEntry entry)
    {
        _changes++;
        entry.Alive = false;
        _memory[entry.Fact.Schema.Ordinal].Remove(entry);
        _byReference.Remove(entry.Fact);
        if (!entry.IsInput)
        {
            _derived.Remove(entry.Fact);
        }

        foreach (var order in _ruleSet.RulesReadingType[entry.Fact.Schema.Ordinal])
        {
            if (!_ruleSet.Rules[order].IsPositive)
            {
                _states[order].Dirty = _states[order].InForce;
            }
        }

        // Every activation that matched the fact goes: off the agenda, or withdrawn if it fired.
        foreach (var activation in entry.Dependents.ToArray())
        {
            if (activation.Dead)
            {
                continue;
            }

            var state = _states[activation.Rule.Order];
            if (activation.Firing == 0)
            {
                state.Drop(activation);
            }
            else
            {
                state.ForgetFired(activation);
                Withdraw(activation);
            }
        }

        entry.Dependents.Clear();
    }

    /// <summary>Brings one rule's matches up to date with the facts inserted or changed since its last look.</summary>
    private void Update(CompiledRule rule, RuleState state)
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
            // A positive rule: only matches that contain a newly inserted fact are new.
            var inserted = state.Inserted.ToArray();
            state.Inserted.Clear();
            foreach (var entry in inserted)
            {
                if (entry.Alive)
                {
                    MatchNew(rule, state, entry);
                }
            }
        }
    }

    private void RecomputeAll(CompiledRule rule, RuleState state)
    {
        var current = new HashSet<MatchKey>();
        var context = Context(rule);
        Array.Clear(context.Facts);
        Array.Clear(context.Values);
        Match(rule, 0, null, context, new MatchBuffer(), (key, buffer) =>
        {
            current.Add(key);
            Activate(rule, state, key, context, buffer);
        });

        foreach (var stale in state.Known.Where(a => !current.Contains(a.Key)).ToList())
        {
            if (stale.Firing == 0)
            {
                state.Drop(stale);
            }
            else
            {
                state.ForgetFired(stale);
                Withdraw(stale);
            }
        }
    }

    /// <summary>Adds the matches of a positive rule in which <paramref name="entry"/> takes part.</summary>
    private void MatchNew(CompiledRule rule, RuleState state, FactEntry entry)
    {
        var context = Context(rule);
        var buffer = new MatchBuffer();
        foreach (var element in rule.Elements)
        {
            if (element.TypeOrdinal == entry.Fact.Schema.Ordinal)
            {
                Array.Clear(context.Facts);
                Match(rule, 0, (element, entry), context, buffer, (key, b) => Activate(rule, state, key, context, b));
            }
        }
    }

    private void Activate(CompiledRule rule, RuleState state, MatchKey key, MatchContext context, MatchBuffer buffer)
    {
        if (state.IsKnown(key))
        {
            return;
        }

        var matched = ImmutableArray.CreateBuilder<Fact>(buffer.Entries.Count + buffer.Aggregated.Count);
        foreach (var entry in buffer.Entries)
        {
            matched.Add(entry.Fact);
        }

        foreach (var entry in buffer.Aggregated)
        {
            if (entry is not null)
            {
                matched.Add(entry.Fact);
            }
        }

        var activation = new Activation(rule, key, ++_nextActivation, (Fact?[])context.Facts.Clone(), (Value[])context.Values.Clone(), matched.ToImmutable());
        foreach (var entry in buffer.Entries)
        {
            entry.Dependents.Add(activation);
        }

        state.AddPending(activation);
    }

    /// <summary>
    /// Enumerates the matches of the elements from <paramref name="index"/> on, depth first. When
    /// <paramref name="fixedElement"/> is given, that element only tries that one fact.
    /// </summary>
    private void Match(CompiledRule rule, int index, (CompiledElement Element, FactEntry Entry)? fixedElement, MatchContext context, MatchBuffer buffer, Action<MatchKey, MatchBuffer> found)
    {
        if (index == rule.Elements.Length)
        {
            found(buffer.Key(), buffer);
            return;
        }

        var element = rule.Elements[index];
        var candidates = _memory[element.TypeOrdinal];
        switch (element.Kind)
        {
            case ElementKind.Pattern when fixedElement is { } only && ReferenceEquals(only.Element, element):
                context.Facts[element.FactSlot] = only.Entry.Fact;
                if (Holds(element, context))
                {
                    buffer.Entries.Add(only.Entry);
                    Match(rule, index + 1, fixedElement, context, buffer, found);
                    buffer.Entries.RemoveAt(buffer.Entries.Count - 1);
                }

                context.Facts[element.FactSlot] = null;
                return;

            case ElementKind.Pattern:
                foreach (var entry in candidates)
                {
                    context.Facts[element.FactSlot] = entry.Fact;
                    if (Holds(element, context))
                    {
                        buffer.Entries.Add(entry);
                        Match(rule, index + 1, fixedElement, context, buffer, found);
                        buffer.Entries.RemoveAt(buffer.Entries.Count - 1);
                    }
                }

                context.Facts[element.FactSlot] = null;
                return;

            case ElementKind.Not:
                foreach (var entry in candidates)
                {
                    context.Facts[element.FactSlot] = entry.Fact;
                    if (Holds(element, context))
                    {
                        context.Facts[element.FactSlot] = null;
                        return;
                    }
                }

                context.Facts[element.FactSlot] = null;
                Match(rule, index + 1, fixedElement, context, buffer, found);
                return;

            default:
                var sum = 0m;
                var count = 0;
                var aggregatedCount = buffer.Aggregated.Count;
                foreach (var entry in candidates)
                {
                    context.Facts[element.FactSlot] = entry.Fact;
                    if (Holds(element, context))
                    {
                        count++;
                        buffer.Aggregated.Add(entry);
                        if (element.FieldIndex >= 0)
                        {
                            sum += entry.Fact[element.FieldIndex].AsNumber;
                        }
                    }
                }

                context.Facts[element.FactSlot] = null;
                context.Values[element.ValueSlot] = Value.Of(element.Function == AggregateFunction.Count ? count : sum);
                buffer.Aggregated.Add(null);
                Match(rule, index + 1, fixedElement, context, buffer, found);
                buffer.Aggregated.RemoveRange(aggregatedCount, buffer.Aggregated.Count - aggregatedCount);
                return;
        }
    }

    private static bool Holds(CompiledElement element, MatchContext context)
    {
        if (element.Condition is null)
        {
            return true;
        }

        var value = element.Condition(context);
        return value.Kind == ValueKind.Boolean && value.AsBoolean;
    }

    /// <summary>
    /// The next activation to fire: rules are brought up to date in agenda order, and the first
    /// with a pending activation wins. Rules below it are looked at later, so a negation or an
    /// aggregate is recomputed once the rules above it have settled, not after every firing. When
    /// bringing a rule up to date withdraws facts, the rules above may have changed: start again.
    /// Returns <c>null</c> only when every rule is up to date and none has a pending activation.
    /// </summary>
    private Activation? NextActivation()
    {
        var changes = -1;
        while (changes != _changes)
        {
            changes = _changes;
            foreach (var order in _ruleSet.Priority)
            {
                var state = _states[order];
                Update(_ruleSet.Rules[order], state);
                if (changes != _changes)
                {
                    break;
                }

                if (state.NextPending is { } next)
                {
                    return next;
                }
            }
        }

        return null;
    }

    private void Execute(Activation activation)
    {
        var rule = activation.Rule;
        var state = _states[rule.Order];
        state.MarkFired(activation);
        activation.Firing = ++_firingCount;

        var context = Context(rule);
        activation.Facts.CopyTo(context.Facts, 0);
        activation.Values.CopyTo(context.Values, 0);
        var asserted = ImmutableArray.CreateBuilder<Fact>(rule.Actions.Length);
        foreach (var action in rule.Actions)
        {
            var values = new Value[action.Fields.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = action.Fields[i] is { } evaluate ? evaluate(context) : Value.Null;
            }

            var fact = Fact.CreateUnchecked(action.Schema, values);
            if (!_derived.TryGetValue(fact, out var entry))
            {
                entry = new FactEntry(++_nextFactId, fact, isInput: false);
                Add(entry);
            }

            entry.Supports.Add(activation);
            activation.Asserted.Add(entry);
            asserted.Add(entry.Fact);
        }

        if (_options.RecordExplanation)
        {
            _firings.Add(new Firing(activation.Firing, rule.Definition, activation.Matched, asserted.MoveToImmutable()));
        }
    }

    private void Withdraw(Activation activation)
    {
        activation.Dead = true;
        var retracted = ImmutableArray.CreateBuilder<Fact>();
        foreach (var entry in activation.Asserted)
        {
            entry.Supports.Remove(activation);
            if (entry.Supports.Count == 0 && _byReference.ContainsKey(entry.Fact))
            {
                Remove(entry);
                retracted.Add(entry.Fact);
            }
        }

        if (_options.RecordExplanation)
        {
            _withdrawals.Add(new Withdrawal(_firingCount, activation.Rule.Definition, activation.Firing, retracted.ToImmutable()));
        }
    }

    private static ImmutableArray<string> MostFrequent(IEnumerable<string> ruleIds) =>
        [.. ruleIds.GroupBy(id => id, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)];
}
