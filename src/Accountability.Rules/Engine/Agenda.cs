namespace Accountability.Rules.Engine;

/// <summary>
/// The agenda of a session: each rule's state (in force, dirty, facts inserted since its last look,
/// pending and fired activations), the priority order (salience, then declaration order, then
/// activation order), the choice of the next activation to fire, and the firing limit of one call
/// of <see cref="ISession.Fire"/>. The rules that may have work (dirty, facts inserted since their last
/// look, or a pending activation) are kept as a set of priority positions, so that choosing the next
/// activation visits only those, in the same order as a visit of every rule would.
/// </summary>
internal sealed class Agenda
{
    private readonly CompiledRuleSet _ruleSet;
    private readonly WorkingMemory _memory;
    private readonly RuleState[] _states;

    /// <summary>
    /// The priority positions of the rules that may not be up to date or may have a pending activation.
    /// Every other rule is up to date with nothing pending: visiting it would change nothing. A rule
    /// started for the case and <see cref="RuleState.Dirty"/> is always among them, and so is a rule in force not
    /// started yet that could have a match: one without a pattern, or one that a fact of a type it reads came to
    /// since its last visit (see <see cref="FactAdded"/>).
    /// </summary>
    private readonly PositionSet _due;
    private readonly FiringLimit _limit;
    private int _lastActivation;

    /// <summary>For each fact type ordinal, the rules in force on the session's date that read it (the ruleset's arrays: read only).</summary>
    private TypeReader[][] _readers = [];

    /// <summary>For each fact type ordinal, the priority positions of <see cref="_readers"/> (the ruleset's arrays: read only).</summary>
    private ulong[][] _readerPositions = [];

    /// <summary>
    /// For each fact type ordinal, the last case in which a rule reading it was started: until one is, in a case, a fact
    /// of the type only makes its readers due (see <see cref="FactAdded"/>).
    /// </summary>
    private readonly long[] _readerStarted;

    /// <summary>The context the rules' filters are given when they test a new or removed fact (<see cref="TypeReader.Concerns"/>): a filter reads only that fact, its candidate.</summary>
    private readonly MatchContext _filtering;

    /// <summary>The number of the current case; a rule's state is started for it when first used (<see cref="Started"/>).</summary>
    private long _case;

    /// <summary>The rules each of whose keyed patterns has a fact held with a text it allows (<see cref="Priming"/>): a rule not looked at yet is made due only while primed.</summary>
    private readonly PrimedRules _primed;

    public Agenda(CompiledRuleSet ruleSet, SessionOptions options, WorkingMemory memory)
    {
        _ruleSet = ruleSet;
        _memory = memory;
        _states = new RuleState[ruleSet.Rules.Length];
        for (var i = 0; i < _states.Length; i++)
        {
            _states[i] = new RuleState();
        }

        _due = new PositionSet(_states.Length);
        _readerStarted = new long[ruleSet.Catalog.Types.Length];
        _filtering = new MatchContext(ruleSet.MaxSlots);
        _primed = new PrimedRules(ruleSet.Priming);
        _limit = new FiringLimit(options.MaxFirings);
        Start(options);
    }

    /// <summary>
    /// Starts a case (a new session, or one reused): no firing yet, the rules in force on the
    /// session's date (worked out with the ruleset, <see cref="RulesInForce"/>), the firing limit of
    /// the options. A rule's state is started by its first look in the case, which computes every match
    /// with the facts then held; until then a fact of a type the rule reads only makes it due, at the cost
    /// of a bit (see <see cref="FactAdded"/>). The rules due at once are those in force without a pattern.
    /// </summary>
    public void Start(SessionOptions options)
    {
        _case++;
        var period = _ruleSet.InForce.On(options.AsOf);
        _readers = period.Readers;
        _readerPositions = period.ReaderPositions;
        _due.CopyFrom(period.FirstLooks);
        _primed.Start();
        FiringCount = 0;
        _lastActivation = 0;
        _limit.Restart(options.MaxFirings);
    }

    /// <summary>The number of firings of the session so far: the sequence number of the last one.</summary>
    public int FiringCount { get; private set; }

    /// <summary>The number of firings since the current call of <see cref="ISession.Fire"/> began.</summary>
    public int FiredThisCall => _limit.Count;

    /// <summary>The state of the rule of declaration order <paramref name="order"/>.</summary>
    public RuleState State(int order) => Started(order);

    /// <summary>The sequence number of a new activation: the last tie-break on the agenda.</summary>
    public int NextActivationSequence() => ++_lastActivation;

    /// <summary>
    /// A fact was added: the rules in force reading its type will match it alone, but those that negate or
    /// aggregate its type (<see cref="CompiledRule.RecomputesOn"/>) recompute. A rule not yet looked at in this
    /// case becomes due, untested, while it is primed (<see cref="PrimedRules"/>: each of its keyed patterns has a fact
    /// held with a text it allows); its first look computes every match, and comes only once a fact of each of its
    /// pattern types is held (see <see cref="NextActivation"/>). While no reader of the type is started in the case (the
    /// usual state of the types derived during a case's first call of <see cref="ISession.Fire"/>), its readers are made
    /// due together, as bits. A rule made dirty already needs nothing more. A rule none of whose elements could take the
    /// fact (<see cref="TypeReader.Concerns"/>) has nothing to do.
    /// </summary>
    public void FactAdded(FactEntry entry)
    {
        var fact = entry.Fact;
        var type = fact.Schema.Ordinal;
        _primed.Add(fact);
        if (_readerStarted[type] != _case)
        {
            // No reader of the type is started in this case: each primed becomes due, at the cost of a few words.
            _due.AddAll(_readerPositions[type], _primed.Positions);
            return;
        }

        var readers = _readers[type];
        for (var i = 0; i < readers.Length; i++)
        {
            ref readonly var reader = ref readers[i];
            var state = _states[reader.Order];
            if (state.Case != _case)
            {
                if (_primed.Positions.Contains(reader.Position))
                {
                    _due.Add(reader.Position);
                }

                continue;
            }

            if (state.Dirty || !reader.Concerns(fact, _filtering))
            {
                continue;
            }

            if (reader.Recomputes)
            {
                state.Dirty = true;
            }
            else
            {
                state.Inserted.Add(entry);
            }

            _due.Add(reader.Position);
        }
    }

    /// <summary>A fact was removed: rules with a negation or an aggregate over its type that could take it recompute.</summary>
    public void FactRemoved(FactEntry entry)
    {
        var fact = entry.Fact;
        _primed.Remove(fact);
        foreach (var reader in _readers[fact.Schema.Ordinal])
        {
            if (reader.IsPositive)
            {
                continue;
            }

            var state = _states[reader.Order];
            if (RecomputesAtNextLook(state) || !reader.Concerns(fact, _filtering))
            {
                continue;
            }

            state.Dirty = true;
            _due.Add(reader.Position);
        }
    }

    /// <summary>
    /// The next activation to fire: rules are brought up to date in agenda order, and the first
    /// with a pending activation wins. Rules below it are looked at later, so a negation or an
    /// aggregate is recomputed once the rules above it have settled, not after every firing. When
    /// bringing a rule up to date withdraws facts, the rules above may have changed: start again.
    /// Only due rules are visited; a rule left up to date with nothing pending is no longer due
    /// (a fact it reads coming or going makes it due again). A rule not looked at yet in the case while a
    /// type of its patterns has no fact held (<see cref="Matcher.HoldsPatternTypes"/>) has no match: it is left as it
    /// is, not started, until a fact of a type it reads comes. Otherwise its first look starts its state for the case
    /// and computes every match (<see cref="Matcher.FirstLook"/>).
    /// Returns <c>null</c> only when every rule is up to date and none has a pending activation.
    /// </summary>
    public Activation? NextActivation(Matcher matcher)
    {
        var changes = -1;
        while (changes != _memory.Changes)
        {
            changes = _memory.Changes;
            for (var position = _due.Next(0); position >= 0; position = _due.Next(position + 1))
            {
                var order = _ruleSet.Priority[position];
                var rule = _ruleSet.Rules[order];
                var state = _states[order];
                if (state.Case != _case)
                {
                    if (!matcher.HoldsPatternTypes(rule))
                    {
                        _due.Remove(position);
                        continue;
                    }

                    Start(rule, state);
                    matcher.FirstLook(rule, state);
                }
                else
                {
                    matcher.Update(rule, state);
                }

                if (changes != _memory.Changes)
                {
                    break;
                }

                if (state.NextPending is { } next)
                {
                    return next;
                }

                _due.Remove(position);
            }
        }

        return null;
    }

    /// <summary>Starts a call of <see cref="ISession.Fire"/>: the firing limit counts from here.</summary>
    public void BeginFiring() => _limit.Reset();

    /// <summary>
    /// Moves the activation from pending to fired and gives it the next firing sequence number; a rule left up to
    /// date with nothing pending is no longer due (the facts the firing asserts make it due again if it reads them).
    /// Throws <see cref="RuleCycleException"/>, leaving it pending, when this call of
    /// <see cref="ISession.Fire"/> has already made <see cref="SessionOptions.MaxFirings"/> firings.
    /// </summary>
    public void MarkFired(Activation activation)
    {
        var rule = activation.Rule;
        _limit.Add(rule.Definition.Id);
        var state = _states[rule.Order];
        state.MarkFired(activation);
        activation.Firing = ++FiringCount;
        if (state.PendingCount == 0 && !state.Dirty && !state.HasInserted)
        {
            _due.Remove(_ruleSet.PriorityPosition[rule.Order]);
        }
    }

    /// <summary>
    /// Whether the rule's next look computes every match anyway: it was not looked at yet in this case, or
    /// it is dirty. Either way it is due (see <see cref="_due"/>).
    /// </summary>
    private bool RecomputesAtNextLook(RuleState state) => state.Case != _case || state.Dirty;

    /// <summary>The state of a rule, started for the current case if the case had not used it yet.</summary>
    private RuleState Started(int order)
    {
        var state = _states[order];
        if (state.Case != _case)
        {
            Start(_ruleSet.Rules[order], state);
        }

        return state;
    }

    /// <summary>Starts a rule's state for the current case; a fact of a type it reads is now tested against it (see <see cref="FactAdded"/>).</summary>
    private void Start(CompiledRule rule, RuleState state)
    {
        state.Start(_case);
        foreach (var type in rule.ReadTypes)
        {
            _readerStarted[type] = _case;
        }
    }
}
