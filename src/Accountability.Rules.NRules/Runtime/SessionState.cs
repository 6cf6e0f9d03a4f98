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
/// the firing limit, and the trace of firings and withdrawals.
/// <para>
/// A firing inserts only the derived facts not yet held; a second derivation of a held fact joins
/// it. NRules reports a fired activation whose match stopped holding (its activation is deleted):
/// the firing is withdrawn, and a derived fact that loses its last support is retracted before any
/// rule fires again (at the end of the action or session operation that caused it).
/// </para>
/// </summary>
internal sealed class SessionState
{
    private readonly SessionOptions _options;
    private readonly Dictionary<Fact, DerivedEntry> _derived = new(FactValueComparer.Instance);
    private readonly Dictionary<Fact, DerivedEntry> _heldDerived = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IMatch, ActivationRecord> _fired = new(ReferenceEqualityComparer.Instance);
    private readonly List<RuleSetFact> _pendingRetractions = [];
    private readonly List<Fact>?[] _held;
    private readonly List<Firing> _firings = [];
    private readonly List<Withdrawal> _withdrawals = [];
    private readonly FiringLimit _limit;
    private int _firingCount;

    public SessionState(NRulesRuleSet ruleSet, SessionOptions options, IEventProvider events)
    {
        _options = options;
        _limit = new FiringLimit(options.MaxFirings);
        _held = new List<Fact>?[ruleSet.RuleSet.Catalog.Types.Length];
        InForce = ruleSet.InForceOn(options.AsOf);
        events.ActivationDeletedEvent += OnActivationDeleted;
    }

    /// <summary>Per rule (by declaration order), whether it is in force on the session's date; default when all are.</summary>
    public ImmutableArray<bool> InForce { get; }

    /// <summary>The ruleset rule firings since the last <see cref="StartFiring"/>.</summary>
    public int Fired => _limit.Count;

    public void StartFiring() => _limit.Reset();

    public ImmutableArray<Fact> Query(int ordinal) => _held[ordinal] is { } facts ? [.. facts] : [];

    public void AddInput(Fact fact) => Held(fact).Add(fact);

    public void RemoveInput(Fact fact) => Held(fact).Remove(fact);

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
    /// earlier firing, as the compiled engine withdraws a match that stops holding; then the rule's
    /// facts are asserted, each joining an equal derived fact when one is held.
    /// </summary>
    public void Fire(IContext context, TranslatedRule rule, object[] arguments)
    {
        if (context.Match.Trigger == MatchTrigger.Updated && _fired.Remove(context.Match, out var previous))
        {
            Withdraw(previous);
        }

        _limit.Add(rule.Compiled.Definition.Id);
        var matched = rule.Matched(arguments);
        var record = new ActivationRecord(rule.Compiled.Definition, matched, ++_firingCount);
        _fired[context.Match] = record;
        var values = rule.Evaluate(arguments);
        var asserted = ImmutableArray.CreateBuilder<Fact>(values.Length);
        List<RuleSetFact>? inserted = null;
        foreach (var fact in values)
        {
            if (!_derived.TryGetValue(fact, out var entry))
            {
                entry = new DerivedEntry(fact);
                _derived.Add(fact, entry);
                _heldDerived.Add(fact, entry);
                Held(fact).Add(fact);
                (inserted ??= []).Add(entry.WorkingMemoryFact);
            }

            entry.Supports.Add(record);
            record.Asserted.Add(entry);
            asserted.Add(entry.Fact);
        }

        if (_options.RecordExplanation)
        {
            _firings.Add(new Firing(record.Firing, record.Rule, matched, asserted.MoveToImmutable()));
        }

        if (inserted is not null)
        {
            context.InsertAll(inserted);
        }

        RetractPending(context.RetractAll);
    }

    /// <summary>
    /// Retracts the derived facts that lost their last support, and those that lose theirs in turn,
    /// until none is left.
    /// </summary>
    public void RetractPending(Action<IEnumerable<object>> retractAll)
    {
        while (_pendingRetractions.Count > 0)
        {
            var pending = _pendingRetractions.ToArray();
            _pendingRetractions.Clear();
            retractAll(pending);
        }
    }

    private void OnActivationDeleted(object? sender, AgendaEventArgs e)
    {
        if (_fired.Remove(e.Match, out var record))
        {
            Withdraw(record);
        }
    }

    /// <summary>
    /// A fired match stopped holding or changed: the firing is withdrawn, and a derived fact it
    /// alone supported leaves the set at once and waits to be retracted from NRules.
    /// </summary>
    private void Withdraw(ActivationRecord record)
    {
        var index = -1;
        if (_options.RecordExplanation)
        {
            index = _withdrawals.Count;
            _withdrawals.Add(new Withdrawal(_firingCount, record.Rule, record.Firing, []));
        }

        List<Fact>? retracted = null;
        foreach (var entry in record.Asserted)
        {
            entry.Supports.Remove(record);
            if (entry.Supports.Count == 0 && _heldDerived.Remove(entry.Fact))
            {
                _derived.Remove(entry.Fact);
                Held(entry.Fact).Remove(entry.Fact);
                _pendingRetractions.Add(entry.WorkingMemoryFact);
                (retracted ??= []).Add(entry.Fact);
            }
        }

        if (index >= 0 && retracted is not null)
        {
            _withdrawals[index] = _withdrawals[index] with { Retracted = [.. retracted] };
        }
    }

    private List<Fact> Held(Fact fact) => _held[fact.Schema.Ordinal] ??= [];
}
