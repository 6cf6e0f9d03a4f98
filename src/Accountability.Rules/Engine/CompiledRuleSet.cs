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
        var byType = new List<int>[catalog.Types.Length];
        for (var i = 0; i < byType.Length; i++)
        {
            byType[i] = [];
        }

        foreach (var rule in rules)
        {
            foreach (var type in rule.ReadTypes)
            {
                byType[type].Add(rule.Order);
            }
        }

        RulesReadingType = [.. byType.Select(list => list.ToImmutableArray())];
        Projection = new ProjectionTables(definition, catalog, rules, ResultProjector.ProjectedTypes);
        _nearMissProbes = new Lazy<NearMissProbes>(() => new NearMissProbes(definition, catalog, calendar));
    }

    private readonly Lazy<NearMissProbes> _nearMissProbes;

    /// <summary>The canonical definition it was compiled from.</summary>
    public RuleSetDefinition Definition { get; }

    /// <summary>The working-day calendar rules count with, when the ruleset names one.</summary>
    public WorkingDayCalendar? Calendar { get; }

    /// <summary>The fact types the rules read and assert.</summary>
    public FactCatalog Catalog { get; }

    internal ImmutableArray<CompiledRule> Rules { get; }

    /// <summary>Rule orders sorted by salience (descending), then declaration order.</summary>
    internal ImmutableArray<int> Priority { get; }

    /// <summary>For each fact type ordinal, the rules whose conditions read that type.</summary>
    internal ImmutableArray<ImmutableArray<int>> RulesReadingType { get; }

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
}
