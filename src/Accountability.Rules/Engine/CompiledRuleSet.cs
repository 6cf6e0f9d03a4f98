using System.Collections.Immutable;
using Accountability.Rules.Calendars;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>
/// A ruleset compiled once into delegates and indexes: the immutable, thread-safe factory of
/// sessions. Create it with <see cref="RuleCompiler.Compile"/>.
/// </summary>
public sealed class CompiledRuleSet
{
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
    }

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

    /// <summary>Creates a session. Thread-safe; the session itself is not.</summary>
    public ISession CreateSession(SessionOptions? options = null) => new Session(this, options ?? SessionOptions.Default);
}
