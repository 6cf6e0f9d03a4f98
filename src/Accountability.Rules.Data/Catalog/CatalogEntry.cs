using Accountability.Rules.Calendars;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.Catalog;

/// <summary>
/// A ruleset of a catalogue by id, version and first day in force; it is loaded (read, its parents
/// resolved and checked) and compiled once each, on first use (thread-safe). A bundled ruleset with
/// a precompiled image (<see cref="RuleSetImage"/>) takes its definition from the image until the
/// YAML has been loaded for something else (an overlay on it, verification, <c>show</c>); the two
/// are equal.
/// </summary>
internal sealed class CatalogEntry
{
    private readonly Lazy<LoadedRuleSet> _loaded;
    private readonly Lazy<RuleSetDefinition> _definition;
    private readonly Lazy<CompiledRuleSet> _compiled;

    /// <summary>Creates the entry; nothing is loaded or compiled yet.</summary>
    /// <param name="fileName">The name of the ruleset's file (a bundled one's resource name).</param>
    /// <param name="id">The ruleset id.</param>
    /// <param name="version">The version.</param>
    /// <param name="inForceFrom">The first day in force.</param>
    /// <param name="load">Loads the ruleset from its YAML (and its parents from the catalogue).</param>
    /// <param name="calendars">The calendars the compiled ruleset may name.</param>
    /// <param name="image">The ruleset's precompiled image, when it has one.</param>
    public CatalogEntry(string fileName, string id, string version, LocalDate inForceFrom, Func<LoadedRuleSet> load, IReadOnlyDictionary<string, WorkingDayCalendar> calendars, byte[]? image = null)
    {
        FileName = fileName;
        Id = id;
        Version = version;
        InForceFrom = inForceFrom;
        _loaded = new Lazy<LoadedRuleSet>(load, LazyThreadSafetyMode.ExecutionAndPublication);
        _definition = new Lazy<RuleSetDefinition>(
            () => image is not null && !_loaded.IsValueCreated ? RuleSetImage.Read(image) : Loaded.Definition,
            LazyThreadSafetyMode.ExecutionAndPublication);
        _compiled = new Lazy<CompiledRuleSet>(
            () => RuleCompiler.Compile(Definition, null, Definition.CalendarId is { } calendar && calendars.TryGetValue(calendar, out var c) ? c : null),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>An entry of a ruleset already loaded.</summary>
    public static CatalogEntry Of(LoadedRuleSet loaded, IReadOnlyDictionary<string, WorkingDayCalendar> calendars) =>
        new(loaded.File, loaded.Definition.Id, loaded.Definition.Version, loaded.Definition.InForceFrom, () => loaded, calendars);

    /// <summary>The name of the ruleset's file (a bundled one's resource name).</summary>
    public string FileName { get; }

    /// <summary>The ruleset id.</summary>
    public string Id { get; }

    /// <summary>The version.</summary>
    public string Version { get; }

    /// <summary>The first day in force.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>The loaded ruleset, with its row ids, tables and applied changes; loaded on first access.</summary>
    public LoadedRuleSet Loaded => _loaded.Value;

    /// <summary>The effective definition: the image's, when the entry has one, or the loaded one.</summary>
    public RuleSetDefinition Definition => _definition.Value;

    /// <summary>Whether the ruleset has been read, from its image or its YAML (for tests of what a load reads).</summary>
    public bool IsLoaded => _loaded.IsValueCreated || _definition.IsValueCreated;

    /// <summary>Whether the ruleset's YAML has been loaded (for tests of what a load reads).</summary>
    public bool IsYamlLoaded => _loaded.IsValueCreated;

    /// <summary>The compiled ruleset, compiled on first access.</summary>
    public CompiledRuleSet Compiled => _compiled.Value;
}
