using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.NRules.Facts;
using Accountability.Rules.NRules.Runtime;
using NRules;

namespace Accountability.Rules.NRules;

/// <summary>
/// A session of a ruleset on NRules: the library's <see cref="Engine.ISession"/> over an NRules
/// session. Inserted facts reach NRules when <see cref="Fire"/> runs, so that an error in a
/// condition (a date outside the calendar's years) surfaces from <see cref="Fire"/>, as with the
/// compiled engine, and as the library's own exception, not NRules' wrapper. A host reaches the
/// NRules session itself through <see cref="Session"/>, e.g. to query its own facts.
/// Not thread-safe: use one session per case and thread.
/// </summary>
public sealed class NRulesSession : Engine.ISession
{
    private readonly NRulesRuleSet _ruleSet;
    private readonly SessionState _state;
    private readonly Dictionary<Fact, RuleSetFact> _inputs = new(ReferenceEqualityComparer.Instance);
    private readonly List<RuleSetFact> _pending = [];

    internal NRulesSession(NRulesRuleSet ruleSet, SessionOptions options)
    {
        _ruleSet = ruleSet;
        Session = ruleSet.SessionFactory.CreateSession();
        _state = new SessionState(ruleSet, options, Session.Events);
        Session.DependencyResolver = new StateResolver(_state, Session.DependencyResolver);
        if (!ruleSet.HostRules.IsEmpty)
        {
            Session.ActionInterceptor = new HostActionInterceptor(_state, Session.ActionInterceptor);
        }

        if (!_state.InForce.IsDefault)
        {
            Session.Agenda.AddFilter(new InForceFilter(_state, ruleSet.OrderByDefinition));
        }
    }

    /// <summary>The NRules session, for a host's own facts and queries. Insert the ruleset's facts through this class.</summary>
    public global::NRules.ISession Session { get; }

    /// <inheritdoc />
    public void Insert(Fact fact)
    {
        SessionArguments.CheckCatalogued(_ruleSet.RuleSet.Catalog, fact);
        if (_inputs.ContainsKey(fact) || _state.IsHeldDerived(fact))
        {
            throw SessionArguments.AlreadyInserted(fact);
        }

        var held = RuleSetFact.Of(fact);
        _inputs.Add(fact, held);
        _pending.Add(held);
        _state.AddInput(fact);
    }

    /// <inheritdoc />
    public void InsertAll(IEnumerable<Fact> facts) => SessionOperations.InsertAll(this, facts);

    /// <inheritdoc />
    public void Retract(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_inputs.Remove(fact, out var held))
        {
            throw _state.IsHeldDerived(fact) ? SessionArguments.Derived(fact) : SessionArguments.NotHeld(fact);
        }

        _state.RemoveInput(fact);
        if (!_pending.Remove(held))
        {
            Run(() =>
            {
                Session.Retract(held);
                _state.RetractPending(Session.RetractAll);
            });
        }
    }

    /// <inheritdoc />
    public void Update(Fact current, Fact replacement) => SessionOperations.Update(this, current, replacement);

    /// <inheritdoc />
    public int Fire()
    {
        _state.StartFiring();
        Run(() =>
        {
            if (_pending.Count > 0)
            {
                var pending = _pending.ToArray();
                _pending.Clear();
                Session.InsertAll(pending);
            }

            _state.RetractPending(Session.RetractAll);
            Session.Fire();
        });
        return _state.Fired;
    }

    /// <inheritdoc />
    public ImmutableArray<Fact> Query(string factType) => _state.Query(_ruleSet.RuleSet.Catalog[factType].Ordinal);

    /// <summary>The facts of a type now held, in insertion order, as their typed class, e.g. <c>Query&lt;LossTierFact&gt;()</c>.</summary>
    /// <typeparam name="T">A class of <c>Accountability.Rules.NRules.Facts</c>.</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not the class of a fact type of the standard catalogue.</exception>
    public ImmutableArray<T> Query<T>()
        where T : RuleSetFact
    {
        var ordinal = StandardFacts.OrdinalOf(typeof(T));
        if (ordinal < 0 || !ReferenceEquals(_ruleSet.RuleSet.Catalog.Types.ElementAtOrDefault(ordinal), FactCatalog.Standard.Types[ordinal]))
        {
            throw new ArgumentException($"The type is not the class of a fact type of the ruleset's catalogue. Type={typeof(T).Name}", nameof(T));
        }

        return [.. _state.Query(ordinal).Select(fact => (T)(_inputs.TryGetValue(fact, out var input) ? input : _state.WorkingMemoryFact(fact)))];
    }

    /// <inheritdoc />
    public ImmutableArray<Derivation> Derivations(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return _state.Derivations(fact);
    }

    /// <inheritdoc />
    public Explanation Explain() => _state.Explain();

    /// <summary>Runs an NRules operation and rethrows what a condition or action threw as itself.</summary>
    private static void Run(Action operation)
    {
        try
        {
            operation();
        }
        catch (RuleExecutionException e)
        {
            Exception cause = e;
            while (cause is RuleExecutionException && cause.InnerException is { } inner)
            {
                cause = inner;
            }

            ExceptionDispatchInfo.Capture(cause).Throw();
            throw;
        }
    }
}
