using System.Collections.Immutable;
using Accountability.Rules.Calendars;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>
/// A ruleset compiled once into delegates and indexes: the immutable, thread-safe factory of
/// sessions on the library's own forward-chaining engine (<c>compiled</c>), and the checked rule
/// model other engines compile from. Create it with <see cref="RuleCompiler.Compile"/>.
/// </summary>
public sealed class CompiledRuleSet : IRuleSessionFactory
{
    /// <summary>The name of the library's own engine.</summary>
    public const string EngineName = "compiled";

    internal CompiledRuleSet(RuleSetDefinition definition, FactCatalog catalog, ImmutableArray<CompiledRule> rules, WorkingDayCalendar? calendar)
    {
        Calendar = calendar;
        Definition = definition;
        Catalog = catalog;
        Rules = rules;
        Priority = [.. rules.OrderByDescending(r => r.Salience).ThenBy(r => r.Order).Select(r => r.Order)];
        var positions = new int[rules.Length];
        for (var position = 0; position < Priority.Length; position++)
        {
            positions[Priority[position]] = position;
        }

        PriorityPosition = [.. positions];
        var byType = new List<TypeReader>[catalog.Types.Length];
        for (var i = 0; i < byType.Length; i++)
        {
            byType[i] = [];
        }

        foreach (var rule in rules)
        {
            foreach (var type in rule.ReadTypes)
            {
                byType[type].Add(new TypeReader(rule.Order, PriorityPosition[rule.Order], rule.IsPositive, rule.RecomputesOn(type), FactFilter.For(rule, type)));
            }
        }

        var rulesReadingType = ImmutableArray.CreateBuilder<ImmutableArray<TypeReader>>(byType.Length);
        foreach (var readers in byType)
        {
            rulesReadingType.Add([.. readers]);
        }

        InForce = new RulesInForce(rules, PriorityPosition, rulesReadingType.MoveToImmutable());
        Priming = new Priming(rules, PriorityPosition, catalog.Types.Length);
        foreach (var rule in rules)
        {
            MaxSlots = Math.Max(MaxSlots, rule.SlotCount);
        }

        Projection = new ProjectionTables(definition, catalog, rules, ResultProjector.ProjectedTypes);
        _nearMissProbes = new Lazy<NearMissProbes>(() => new NearMissProbes(definition, catalog, calendar));
    }

    /// <summary>A session of a case with more facts is not kept for reuse (its collections would stay that large).</summary>
    private const int SpareSessionFacts = 4_096;

    private readonly Lazy<NearMissProbes> _nearMissProbes;

    /// <summary>Sessions kept for reuse by <see cref="RentSession"/>.</summary>
    private readonly Spares<Session> _spares = new();

    /// <summary>Result projectors kept for reuse by <see cref="RentProjector"/>.</summary>
    private readonly Spares<ResultProjector> _projectors = new();

    /// <summary>The canonical definition it was compiled from.</summary>
    public RuleSetDefinition Definition { get; }

    /// <summary>The working-day calendar rules count with, when the ruleset names one.</summary>
    public WorkingDayCalendar? Calendar { get; }

    /// <summary>The fact types the rules read and assert.</summary>
    public FactCatalog Catalog { get; }

    internal ImmutableArray<CompiledRule> Rules { get; }

    /// <summary>The most slots a rule's match binds.</summary>
    internal int MaxSlots { get; }

    /// <summary>Rule orders sorted by salience (descending), then declaration order.</summary>
    internal ImmutableArray<int> Priority { get; }

    /// <summary>For each rule order, its position in <see cref="Priority"/>.</summary>
    internal ImmutableArray<int> PriorityPosition { get; }

    /// <summary>The rules in force on a date, those a session looks at first, and the rules in force reading each fact type.</summary>
    internal RulesInForce InForce { get; }

    /// <summary>Which facts can let each rule match (see <see cref="Priming"/>).</summary>
    internal Priming Priming { get; }

    /// <summary>What projecting a result needs from the ruleset, worked out once: rule orders, provenances, citation ranks, codes.</summary>
    internal ProjectionTables Projection { get; }

    /// <summary>The rules whose near misses explanations tell, compiled on first use.</summary>
    internal NearMissProbes NearMissProbes => _nearMissProbes.Value;

    /// <inheritdoc />
    CompiledRuleSet IRuleSessionFactory.RuleSet => this;

    /// <inheritdoc />
    public string Engine => EngineName;

    /// <summary>Creates a session on the compiled engine. Thread-safe; the session itself is not.</summary>
    /// <param name="options">The session's options; <see cref="SessionOptions.Default"/> when null.</param>
    public ISession CreateSession(SessionOptions? options = null) => new Session(this, options ?? SessionOptions.Default);

    /// <summary>
    /// A session for one evaluation that gives it back with <see cref="ReturnSession"/>: one kept from
    /// an earlier case, restarted, when there is one, so that a case does not pay for the session's
    /// collections. Thread-safe.
    /// </summary>
    internal Session RentSession(SessionOptions options)
    {
        if (_spares.Take() is { } spare)
        {
            spare.Begin(options);
            return spare;
        }

        return new Session(this, options, lent: true);
    }

    /// <summary>
    /// Keeps a rented session for the next case, once its result is projected: it is cleared at once
    /// (see <see cref="Session.Clear"/>) unless it is too large to keep. Do not use the session after.
    /// </summary>
    internal void ReturnSession(Session session)
    {
        if (session.FactCount > SpareSessionFacts)
        {
            return;
        }

        session.Clear();
        _spares.Keep(session);
    }

    /// <summary>
    /// A result projector for one evaluation on this ruleset (either engine's session), kept from an
    /// earlier case when there is one, so that a case does not pay for the projection's working
    /// arrays; give it back with <see cref="ReturnProjector"/>. Thread-safe.
    /// </summary>
    internal ResultProjector RentProjector() => _projectors.Take() ?? new ResultProjector(this);

    /// <summary>Keeps a projector for the next case once it has projected a result (it holds nothing of that case). Do not use it after.</summary>
    internal void ReturnProjector(ResultProjector projector) => _projectors.Keep(projector);
}

/// <summary>
/// A rule whose conditions read a fact type (<see cref="RulePeriod.Readers"/>), with what the
/// agenda needs when a fact of the type comes or goes, worked out once.
/// </summary>
/// <param name="Order">The rule's declaration order.</param>
/// <param name="Position">The rule's position in <see cref="CompiledRuleSet.Priority"/>.</param>
/// <param name="IsPositive">Whether the rule is made only of patterns (<see cref="CompiledRule.IsPositive"/>).</param>
/// <param name="Recomputes">Whether a fact of the type coming makes the rule recompute every match (<see cref="CompiledRule.RecomputesOn"/>).</param>
/// <param name="Filter">The tests by which the rule's elements of the type could take a fact; null when any fact of the type may take part.</param>
internal readonly record struct TypeReader(int Order, int Position, bool IsPositive, bool Recomputes, FactFilter? Filter)
{
    /// <summary>Whether <paramref name="fact"/>, of the type, could take part in the rule's matches (see <see cref="FactFilter"/>).</summary>
    public bool Concerns(Fact fact, MatchContext scratch) => Filter is not { } filter || filter.Admits(fact, scratch);
}
