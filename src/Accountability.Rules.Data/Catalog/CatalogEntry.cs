using Accountability.Rules.Calendars;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Catalog;

/// <summary>A ruleset of a catalogue and its compilation, made once on first use (thread-safe).</summary>
internal sealed class CatalogEntry
{
    private readonly Lazy<CompiledRuleSet> _compiled;

    /// <summary>Creates the entry; nothing is compiled yet.</summary>
    public CatalogEntry(RuleSetDefinition definition, WorkingDayCalendar? calendar)
    {
        Definition = definition;
        Calendar = calendar;
        _compiled = new Lazy<CompiledRuleSet>(() => RuleCompiler.Compile(definition, null, calendar), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The working-day calendar the ruleset names, when it names one.</summary>
    public WorkingDayCalendar? Calendar { get; }

    /// <summary>The definition.</summary>
    public RuleSetDefinition Definition { get; }

    /// <summary>The compiled ruleset, compiled on first access.</summary>
    public CompiledRuleSet Compiled => _compiled.Value;
}
