using System.Collections.Immutable;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// One case on the compiled engine: the <see cref="ISession"/> façade over the session's parts.
/// <see cref="WorkingMemory"/> holds the facts; the <see cref="Agenda"/> keeps each rule's
/// activations and chooses the next to fire; the <see cref="Matcher"/> brings a rule's matches up
/// to date when the agenda reaches it; <see cref="TruthMaintenance"/> asserts a firing's facts and
/// withdraws them when its match stops holding; the <see cref="Trace"/> records firings and
/// withdrawals for <see cref="Explain"/>. Not thread-safe.
/// </summary>
internal sealed class Session : ISession
{
    private readonly CompiledRuleSet _ruleSet;
    private readonly WorkingMemory _memory;
    private readonly Agenda _agenda;
    private readonly Trace _trace;
    private readonly TruthMaintenance _truth;
    private readonly Matcher _matcher;
    private readonly FactPool _pool;

    /// <param name="ruleSet">The compiled ruleset.</param>
    /// <param name="options">The options of the first case.</param>
    /// <param name="lent">
    /// Whether the session is lent for one evaluation at a time (<see cref="CompiledRuleSet.RentSession"/>), so that it
    /// reuses the derived facts of a case no result keeps once it is cleared (<see cref="FactPool"/>).
    /// </param>
    public Session(CompiledRuleSet ruleSet, SessionOptions options, bool lent = false)
    {
        _ruleSet = ruleSet;
        _memory = new WorkingMemory(ruleSet.Catalog.Types.Length);
        _pool = new FactPool(ruleSet.Catalog.Types.Length, lent ? ruleSet.Projection.KeptByResults : null);
        _agenda = new Agenda(ruleSet, options, _memory);
        _trace = new Trace(options.RecordExplanation);
        _truth = new TruthMaintenance(_memory, _pool, _agenda, _trace);
        _matcher = new Matcher(ruleSet.MaxSlots, _memory, _agenda, _truth);
    }

    /// <summary>The number of facts held.</summary>
    public int FactCount => _memory.Count;

    /// <summary>
    /// Lets every fact, binding and recorded firing of the case go, keeping the collections
    /// (<see cref="CompiledRuleSet"/> keeps sessions for <see cref="Evaluation.CaseEvaluator"/>): the derived facts
    /// no result keeps go back to the pool, to be written over by the next case's firings (<see cref="FactPool"/>), and
    /// the entries and activations kept for reuse refer to the case's facts only until they are written over;
    /// <see cref="Begin"/> then starts the next case.
    /// </summary>
    public void Clear()
    {
        _memory.Clear();
        _pool.TakeBack();
        _trace.Start(record: false);
        _matcher.Reset();
    }

    /// <summary>Starts another case, with its options, on a session that was cleared (<see cref="Clear"/>).</summary>
    public void Begin(SessionOptions options)
    {
        _agenda.Start(options);
        _trace.Start(options.RecordExplanation);
    }

    public void Insert(Fact fact)
    {
        SessionArguments.CheckCatalogued(_ruleSet.Catalog, fact);
        if (!_truth.AddInput(fact))
        {
            throw SessionArguments.AlreadyInserted(fact);
        }
    }

    public void InsertAll(IEnumerable<Fact> facts) => SessionOperations.InsertAll(this, facts);

    public void Retract(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_memory.TryGet(fact, out var entry))
        {
            throw SessionArguments.NotHeld(fact);
        }

        if (!entry.IsInput)
        {
            throw SessionArguments.Derived(fact);
        }

        _truth.Remove(entry);
    }

    public void Update(Fact current, Fact replacement) => SessionOperations.Update(this, current, replacement);

    public int Fire()
    {
        _agenda.BeginFiring();
        while (_agenda.NextActivation(_matcher) is { } activation)
        {
            _agenda.MarkFired(activation);
            _truth.Assert(activation, _matcher.Bind(activation));
            _trace.Fired(activation);
        }

        return _agenda.FiredThisCall;
    }

    public ImmutableArray<Fact> Query(string factType) => _memory.Facts(_ruleSet.Catalog[factType].Ordinal);

    int ISession.CopyFacts(FactSchema type, Span<Fact> into) => _memory.CopyFacts(type.Ordinal, into);

    bool ISession.MarkHeldTypes(Span<bool> held)
    {
        _memory.MarkHeldTypes(held);
        return true;
    }

    public ImmutableArray<Derivation> Derivations(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return _memory.TryGet(fact, out var entry) && !entry.IsInput ? TruthMaintenance.Derivations(entry) : [];
    }

    Supports ISession.Supports(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return _memory.TryGet(fact, out var entry) && !entry.IsInput ? new Supports(entry) : Engine.Supports.None;
    }

    public Explanation Explain() => _trace.Explain();
}
