using System.Collections.Immutable;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.NRules.Facts;
using Accountability.Rules.NRules.Network;
using NRules.Diagnostics;
using NRules.RuleModel;

namespace Accountability.Rules.NRules.Runtime;

/// <summary>
/// What one NRules session needs beyond NRules to behave as the compiled engine: the set of derived
/// facts by value with the firings that support each, the facts held per type in insertion order,
/// the firing limit, and the trace of firings and withdrawals. Rule actions reach it through the
/// session's dependency resolver; it follows NRules' retractions through the session's events.
/// </summary>
internal sealed class SessionState
{
    private readonly NRulesRuleSet _ruleSet;
    private readonly SessionOptions _options;
    private readonly Dictionary<Fact, DerivedEntry> _derived = new(FactValueComparer.Instance);
    private readonly Dictionary<Fact, DerivedEntry> _heldDerived = new(ReferenceEqualityComparer.Instance);
    private readonly List<Fact>[] _held;
    private readonly List<Firing> _firings = [];
    private readonly List<Withdrawal> _withdrawals = [];
    private readonly FiringLimit _limit;
    private int _firingCount;

    public SessionState(NRulesRuleSet ruleSet, SessionOptions options, IEventProvider events)
    {
        _ruleSet = ruleSet;
        _options = options;
        _limit = new FiringLimit(options.MaxFirings);
        _held = new List<Fact>[ruleSet.RuleSet.Catalog.Types.Length];
        for (var i = 0; i < _held.Length; i++)
        {
            _held[i] = [];
        }

        InForce = [.. ruleSet.Rules.Select(r => options.AsOf is not { } asOf || r.Compiled.Definition.IsInForceOn(asOf))];
        AllInForce = !InForce.Contains(false);
        events.FactRetractedEvent += OnRetracted;
    }

    /// <summary>Per rule (by declaration order), whether it is in force on the session's date.</summary>
    public ImmutableArray<bool> InForce { get; }

    /// <summary>Whether every rule is in force on the session's date (then no agenda filter is needed).</summary>
    public bool AllInForce { get; }

    /// <summary>The ruleset rule firings since the last <see cref="StartFiring"/>.</summary>
    public int Fired => _limit.Count;

    public void StartFiring() => _limit.Reset();

    public ImmutableArray<Fact> Query(int ordinal) => [.. _held[ordinal]];

    public void AddInput(Fact fact) => _held[fact.Schema.Ordinal].Add(fact);

    public void RemoveInput(Fact fact) => _held[fact.Schema.Ordinal].Remove(fact);

    public bool IsHeldDerived(Fact fact) => _heldDerived.ContainsKey(fact);

    /// <summary>The working-memory object of a derived fact now held.</summary>
    public RuleSetFact WorkingMemoryFact(Fact fact) => _heldDerived[fact].WorkingMemoryFact;

    public ImmutableArray<Derivation> Derivations(Fact fact) =>
        _heldDerived.TryGetValue(fact, out var entry)
            ? [.. entry.Supports.Select(r => new Derivation(r.Rule, r.Matched, r.Firing))]
            : [];

    public Explanation Explain() => new([.. _firings], [.. _withdrawals]);

    /// <summary>
    /// Fires a ruleset rule: a match that changed (an aggregate over it did) first withdraws its
    /// earlier firing, as the compiled engine withdraws a match that stops holding; then the
    /// rule's facts are asserted, each joining an equal derived fact when one is held.
    /// </summary>
    public void Fire(IContext context, TranslatedRule rule, object[] arguments)
    {
        if (context.Match.Trigger == MatchTrigger.Updated)
        {
            foreach (var key in context.GetLinkedKeys().ToList())
            {
                if (context.GetLinked(key) is Support support)
                {
                    Withdraw(support);
                    context.RetractLinked(key, support);
                }
            }
        }

        _limit.Add(rule.Compiled.Definition.Id);
        var matched = rule.Matched(arguments);
        var record = new ActivationRecord(rule.Compiled.Definition, matched, ++_firingCount);
        var values = rule.Evaluate(arguments);
        var asserted = ImmutableArray.CreateBuilder<Fact>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            var fact = values[i];
            if (!_derived.TryGetValue(fact, out var entry))
            {
                entry = new DerivedEntry(fact);
                _derived.Add(fact, entry);
            }

            entry.Supports.Add(record);
            record.Asserted.Add(entry);
            asserted.Add(entry.Fact);
            context.InsertLinked(LinkKeys.Of(i), new Support(entry, record));
        }

        if (_options.RecordExplanation)
        {
            _firings.Add(new Firing(record.Firing, record.Rule, matched, asserted.MoveToImmutable()));
        }
    }

    /// <summary>The hold rule inserts a derived fact when its first support arrives.</summary>
    public void Hold(IContext context, DerivedEntry entry)
    {
        _heldDerived.Add(entry.Fact, entry);
        _held[entry.Fact.Schema.Ordinal].Add(entry.Fact);
        context.InsertLinked(LinkKeys.Of(0), entry.WorkingMemoryFact);
    }

    private void OnRetracted(object? sender, WorkingMemoryEventArgs e)
    {
        switch (e.Fact.Value)
        {
            case Support support:
                Withdraw(support);
                break;
            case RuleSetFact held when _heldDerived.Remove(held.Fact):
                _held[held.Fact.Schema.Ordinal].Remove(held.Fact);
                break;
        }
    }

    /// <summary>
    /// One support of a firing goes (its match stopped holding or changed): the firing is
    /// withdrawn, and a derived fact it alone supported leaves the set.
    /// </summary>
    private void Withdraw(Support support)
    {
        var record = support.Record;
        var entry = support.Entry;
        if (!entry.Supports.Remove(record))
        {
            return;
        }

        if (!record.Withdrawn)
        {
            record.Withdrawn = true;
            if (_options.RecordExplanation)
            {
                record.WithdrawalIndex = _withdrawals.Count;
                _withdrawals.Add(new Withdrawal(_firingCount, record.Rule, record.Firing, []));
            }
        }

        if (entry.Supports.Count == 0)
        {
            _derived.Remove(entry.Fact);
            record.Retracted.Add(entry.Fact);
            if (record.WithdrawalIndex >= 0)
            {
                _withdrawals[record.WithdrawalIndex] = _withdrawals[record.WithdrawalIndex] with { Retracted = [.. record.Retracted] };
            }
        }
    }
}
