using Accountability.Rules.Calendars;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.Catalog;

/// <summary>
/// A ruleset of a catalogue by id, version and first day in force; it is loaded (read, its parents
/// resolved and checked) and compiled once each, on first use (thread-safe).
/// </summary>
internal sealed class CatalogEntry
{
    private readonly Lazy<LoadedRuleSet> _loaded;
    private readonly Lazy<CompiledRuleSet> _compiled;

    /// <summary>Creates the entry; nothing is loaded or compiled yet.</summary>
    public CatalogEntry(string id, string version, LocalDate inForceFrom, Func<LoadedRuleSet> load, IReadOnlyDictionary<string, WorkingDayCalendar> calendars)
    {
        Id = id;
        Version = version;
        InForceFrom = inForceFrom;
        _loaded = new Lazy<LoadedRuleSet>(load, LazyThreadSafetyMode.ExecutionAndPublication);
        _compiled = new Lazy<CompiledRuleSet>(
            () => RuleCompiler.Compile(Definition, null, Definition.CalendarId is { } calendar && calendars.TryGetValue(calendar, out var c) ? c : null),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>An entry of a ruleset already loaded.</summary>
    public static CatalogEntry Of(LoadedRuleSet loaded, IReadOnlyDictionary<string, WorkingDayCalendar> calendars) =>
        new(loaded.Definition.Id, loaded.Definition.Version, loaded.Definition.InForceFrom, () => loaded, calendars);

    /// <summary>The ruleset id.</summary>
    public string Id { get; }

    /// <summary>The version.</summary>
    public string Version { get; }

    /// <summary>The first day in force.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>The loaded ruleset, with its row ids, tables and applied changes; loaded on first access.</summary>
    public LoadedRuleSet Loaded => _loaded.Value;

    /// <summary>The effective definition.</summary>
    public RuleSetDefinition Definition => Loaded.Definition;

    /// <summary>Whether the ruleset has been loaded (for tests of what a load reads).</summary>
    public bool IsLoaded => _loaded.IsValueCreated;

    /// <summary>The compiled ruleset, compiled on first access.</summary>
    public CompiledRuleSet Compiled => _compiled.Value;
}
