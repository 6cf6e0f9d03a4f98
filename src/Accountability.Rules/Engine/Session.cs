using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>
/// The working memory and agenda of one case. Matches of a rule are recomputed when a fact of a
/// type it reads changes; new matches join the agenda, matches that no longer hold leave it, and
/// fired matches that no longer hold withdraw the facts only they supported (truth maintenance).
/// </summary>
internal sealed class Session : ISession
{
    private readonly CompiledRuleSet _ruleSet;
    private readonly SessionOptions _options;
    private readonly List<FactEntry>[] _memory;
    private readonly Dictionary<Fact, FactEntry> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Fact, FactEntry> _derived = new(FactValueComparer.Instance);
    private readonly RuleState[] _states;
    private readonly MatchContext[] _contexts;
    private readonly List<Firing> _firings = [];
    private readonly List<Withdrawal> _withdrawals = [];
    private long _nextFactId;
    private int _nextActivation;
    private int _firingCount;

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
            _contexts[i] = new MatchContext(ruleSet.Rules[i].SlotCount);
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
            Recompute();
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

    private void Add(FactEntry entry)
    {
        _memory[entry.Fact.Schema.Ordinal].Add(entry);
        _byReference.Add(entry.Fact, entry);
        if (!entry.IsInput)
        {
            _derived.Add(entry.Fact, entry);
        }

        MarkDirty(entry.Fact.Schema);
    }

    private void Remove(FactEntry entry)
    {
        _memory[entry.Fact.Schema.Ordinal].Remove(entry);
        _byReference.Remove(entry.Fact);
        if (!entry.IsInput)
        {
            _derived.Remove(entry.Fact);
        }

        MarkDirty(entry.Fact.Schema);
    }

    private void MarkDirty(FactSchema schema)
    {
        foreach (var rule in _ruleSet.RulesReadingType[schema.Ordinal])
        {
            _states[rule].Dirty = _states[rule].InForce;
        }
    }

    /// <summary>Recomputes the matches of every dirty rule until none is dirty.</summary>
    private void Recompute()
    {
        bool any;
        do
        {
            any = false;
            foreach (var order in _ruleSet.Priority)
            {
                var state = _states[order];
                if (state.Dirty)
                {
                    state.Dirty = false;
                    any = true;
                    Recompute(_ruleSet.Rules[order], state);
                }
            }
        }
        while (any);
    }

    private void Recompute(CompiledRule rule, RuleState state)
    {
        var current = new HashSet<MatchKey>();
        var context = _contexts[rule.Order];
        Array.Clear(context.Facts);
        Array.Clear(context.Values);
        var ids = new List<long>();
        var aggregated = new List<Fact>();
        Match(rule, 0, context, ids, aggregated, (key, matchedAggregates) =>
        {
            current.Add(key);
            if (state.Pending.ContainsKey(key) || state.Fired.ContainsKey(key))
            {
                return;
            }

            var matched = ImmutableArray.CreateBuilder<Fact>();
            foreach (var element in rule.Elements)
            {
                if (element.Kind == ElementKind.Pattern)
                {
                    matched.Add(context.Facts[element.FactSlot]!);
                }
            }

            matched.AddRange(matchedAggregates);
            var activation = new Activation(rule, key, ++_nextActivation, (Fact?[])context.Facts.Clone(), (Value[])context.Values.Clone(), matched.ToImmutable());
            state.Pending.Add(key, activation);
            state.PendingInOrder.Add(activation.Sequence, activation);
        });

        foreach (var stale in state.Pending.Where(p => !current.Contains(p.Key)).Select(p => p.Value).ToList())
        {
            state.Pending.Remove(stale.Key);
            state.PendingInOrder.Remove(stale.Sequence);
        }

        foreach (var stale in state.Fired.Where(p => !current.Contains(p.Key)).Select(p => p.Value).ToList())
        {
            state.Fired.Remove(stale.Key);
            Withdraw(stale);
        }
    }

    /// <summary>Enumerates the matches of the elements from <paramref name="index"/> on, depth first.</summary>
    private void Match(CompiledRule rule, int index, MatchContext context, List<long> ids, List<Fact> aggregated, Action<MatchKey, List<Fact>> found)
    {
        if (index == rule.Elements.Length)
        {
            found(new MatchKey([.. ids]), aggregated);
            return;
        }

        var element = rule.Elements[index];
        var candidates = _memory[element.TypeOrdinal];
        switch (element.Kind)
        {
            case ElementKind.Pattern:
                foreach (var entry in candidates)
                {
                    context.Facts[element.FactSlot] = entry.Fact;
                    if (Holds(element, context))
                    {
                        ids.Add(entry.Id);
                        Match(rule, index + 1, context, ids, aggregated, found);
                        ids.RemoveAt(ids.Count - 1);
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
                Match(rule, index + 1, context, ids, aggregated, found);
                return;

            default:
                var sum = 0m;
                var count = 0;
                var idCount = ids.Count;
                var aggregatedCount = aggregated.Count;
                ids.Add(-1);
                foreach (var entry in candidates)
                {
                    context.Facts[element.FactSlot] = entry.Fact;
                    if (Holds(element, context))
                    {
                        count++;
                        ids.Add(entry.Id);
                        aggregated.Add(entry.Fact);
                        if (element.FieldIndex >= 0)
                        {
                            sum += entry.Fact[element.FieldIndex].AsNumber;
                        }
                    }
                }

                context.Facts[element.FactSlot] = null;
                context.Values[element.ValueSlot] = Value.Of(element.Function == AggregateFunction.Count ? count : sum);
                Match(rule, index + 1, context, ids, aggregated, found);
                ids.RemoveRange(idCount, ids.Count - idCount);
                aggregated.RemoveRange(aggregatedCount, aggregated.Count - aggregatedCount);
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

    private Activation? NextActivation()
    {
        foreach (var order in _ruleSet.Priority)
        {
            var pending = _states[order].PendingInOrder;
            if (pending.Count > 0)
            {
                return pending.First().Value;
            }
        }

        return null;
    }

    private void Execute(Activation activation)
    {
        var rule = activation.Rule;
        var state = _states[rule.Order];
        state.Pending.Remove(activation.Key);
        state.PendingInOrder.Remove(activation.Sequence);
        state.Fired.Add(activation.Key, activation);
        activation.Firing = ++_firingCount;

        var context = _contexts[rule.Order];
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
