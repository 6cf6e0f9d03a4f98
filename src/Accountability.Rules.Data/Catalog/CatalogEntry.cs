using Accountability.Rules.Calendars;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Catalog;

/// <summary>A ruleset of a catalogue and its compilation, made once on first use (thread-safe).</summary>
internal sealed class CatalogEntry
{
    private readonly Lazy<CompiledRuleSet> _compiled;

    /// <summary>Creates the entry; nothing is compiled yet.</summary>
    public CatalogEntry(LoadedRuleSet loaded, WorkingDayCalendar? calendar)
    {
        Loaded = loaded;
        Calendar = calendar;
        _compiled = new Lazy<CompiledRuleSet>(() => RuleCompiler.Compile(loaded.Definition, null, calendar), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The loaded ruleset, with its row ids, tables and applied changes.</summary>
    public LoadedRuleSet Loaded { get; }

    /// <summary>The effective definition.</summary>
    public RuleSetDefinition Definition => Loaded.Definition;

    /// <summary>The working-day calendar the ruleset names, when it names one.</summary>
    public WorkingDayCalendar? Calendar { get; }

    /// <summary>The compiled ruleset, compiled on first access.</summary>
    public CompiledRuleSet Compiled => _compiled.Value;
}
