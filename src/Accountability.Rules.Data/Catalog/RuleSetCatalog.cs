using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Accountability.Rules.Calendars;
using Accountability.Rules.Data.Calendars;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.Catalog;

/// <summary>
/// A set of rulesets by id: the rulesets bundled with this package (<see cref="Bundled"/>), or
/// those of a folder (<see cref="LoadFolder"/>). Each ruleset is compiled once, on first use.
/// Immutable and thread-safe.
/// </summary>
public sealed class RuleSetCatalog
{
    private static readonly Lazy<RuleSetCatalog> BundledCatalog =
        new(() => new RuleSetCatalog(BundledRuleSets.Load(), BundledRuleSets.Calendars), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableArray<CatalogEntry> _entries;

    private RuleSetCatalog(IEnumerable<LoadedRuleSet> ruleSets, IReadOnlyDictionary<string, WorkingDayCalendar> calendars)
    {
        _entries = [.. ruleSets
            .OrderBy(r => r.Definition.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Definition.InForceFrom)
            .Select(r => new CatalogEntry(r, r.Definition.CalendarId is { } id && calendars.TryGetValue(id, out var calendar) ? calendar : null))];
        RuleSets = [.. _entries.Select(e => e.Definition)];
        Loaded = [.. _entries.Select(e => e.Loaded)];
        Calendars = [.. calendars.Values.OrderBy(c => c.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The rulesets embedded in this package, loaded on first access. Throws
    /// <see cref="InvalidOperationException"/> (listing every error) when a bundled ruleset does
    /// not load, which is a defect of the package, not of the caller's input.
    /// </summary>
    public static RuleSetCatalog Bundled => BundledCatalog.Value;

    /// <summary>Every version of every ruleset (effective definitions), ordered by id, then by the first day in force.</summary>
    public ImmutableArray<RuleSetDefinition> RuleSets { get; }

    /// <summary>The working-day calendars rulesets of this catalogue may name, ordered by id.</summary>
    public ImmutableArray<WorkingDayCalendar> Calendars { get; }

    /// <summary>The loaded rulesets, in the order of <see cref="RuleSets"/>.</summary>
    internal ImmutableArray<LoadedRuleSet> Loaded { get; }

    /// <summary>The versions of a ruleset, earliest first; empty when the id is unknown.</summary>
    public ImmutableArray<RuleSetDefinition> Versions(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return [.. RuleSets.Where(r => r.Id == id)];
    }

    /// <summary>Finds the latest version of a ruleset by id.</summary>
    public bool TryGetDefinition(string id, [NotNullWhen(true)] out RuleSetDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(id);
        definition = Latest(id)?.Definition;
        return definition is not null;
    }

    /// <summary>Finds the latest version of a ruleset by id, compiled (once, on first request; thread-safe).</summary>
    public bool TryGet(string id, [NotNullWhen(true)] out CompiledRuleSet? ruleSet)
    {
        ArgumentNullException.ThrowIfNull(id);
        ruleSet = Latest(id)?.Compiled;
        return ruleSet is not null;
    }

    /// <summary>Finds a version of a ruleset, compiled (once, on first request; thread-safe).</summary>
    public bool TryGet(string id, string version, [NotNullWhen(true)] out CompiledRuleSet? ruleSet)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(version);
        ruleSet = Entry(id, version)?.Compiled;
        return ruleSet is not null;
    }

    /// <summary>
    /// The version of a ruleset in force on a date, or an answer naming the versions and their
    /// periods when none is (<see cref="RuleSetSelection.NotInForce"/>).
    /// </summary>
    /// <param name="id">The ruleset id.</param>
    /// <param name="date">The date, e.g. a case's decision date.</param>
    public RuleSetSelection Select(string id, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(id);
        var versions = Versions(id);
        return new RuleSetSelection(id, date, versions.LastOrDefault(v => v.IsInForceOn(date)), versions);
    }

    /// <summary>The compiled ruleset of a definition of this catalogue.</summary>
    internal CompiledRuleSet Compiled(RuleSetDefinition definition) => Entry(definition.Id, definition.Version)!.Compiled;

    /// <summary>The loaded ruleset of a version, when the catalogue has it.</summary>
    internal LoadedRuleSet? LoadedOf(string id, string version) => Entry(id, version)?.Loaded;

    private CatalogEntry? Entry(string id, string version) => _entries.FirstOrDefault(e => e.Definition.Id == id && e.Definition.Version == version);

    private CatalogEntry? Latest(string id) => _entries.LastOrDefault(e => e.Definition.Id == id);

    /// <summary>
    /// Loads every <c>*.yaml</c> file under a folder (recursively, skipping calendar data under
    /// <c>calendars/</c>) as a ruleset, collecting the errors of all files; two files with one
    /// ruleset id are an error, and so is a folder without ruleset files.
    /// </summary>
    /// <param name="path">The folder; errors name files by paths under it.</param>
    /// <returns>The catalogue, or every error of every file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <c>null</c>.</exception>
    public static LoadResult<RuleSetCatalog> LoadFolder(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new LoadErrors();
        var loaded = ReadFolder(path, errors, out var calendars);
        return LoadResult<RuleSetCatalog>.From(errors.Count == 0 ? new RuleSetCatalog(loaded, calendars) : null, errors.ToImmutable());
    }

    /// <summary>
    /// Loads the rulesets and calendars of a folder, reporting errors and returning those that
    /// loaded. Parents the folder does not hold are looked up among the bundled rulesets.
    /// </summary>
    /// <param name="path">The folder.</param>
    /// <param name="errors">Receives every problem.</param>
    /// <param name="calendars">The bundled calendars with the folder's.</param>
    /// <param name="skippedCases">
    /// When given, receives the case files of the folder (a top-level <c>ruleset:</c> that names a
    /// ruleset instead of declaring one), which are then left out instead of read as rulesets.
    /// </param>
    internal static ImmutableArray<LoadedRuleSet> ReadFolder(string path, LoadErrors errors, out IReadOnlyDictionary<string, WorkingDayCalendar> calendars, List<string>? skippedCases = null)
    {
        var known = BundledRuleSets.Calendars.ToDictionary(StringComparer.Ordinal);
        calendars = known;
        if (!Directory.Exists(path))
        {
            errors.Add(new SourceLocation(path, 1, 1), LoadDiagnostics.FileNotRead, "the folder does not exist");
            return [];
        }

        foreach (var file in Files(path, BundledRuleSets.IsCalendarPath))
        {
            var calendar = CalendarLoader.LoadFile(file);
            errors.AddRange(calendar.Diagnostics);
            if (calendar.Succeeded)
            {
                known[calendar.Value.Id] = calendar.Value;
            }
        }

        var files = Files(path, BundledRuleSets.IsRuleSetPath);
        if (files.Length == 0)
        {
            errors.Add(new SourceLocation(path, 1, 1), LoadDiagnostics.NoRuleSetFiles);
        }

        var texts = new List<(string File, string Text)>();
        foreach (var file in files)
        {
            if (SourceText.Read(file, errors) is { } text)
            {
                if (skippedCases is not null && IsCaseText(text, file))
                {
                    skippedCases.Add(file);
                    continue;
                }

                texts.Add((file, text));
            }
        }

        var parents = texts.Any(t => t.Text.Contains("extends", StringComparison.Ordinal)) ? Bundled.Loaded : [];
        return RuleSetLibrary.LoadAll(texts, Facts.FactCatalog.Standard, known, parents, errors);
    }

    /// <summary>Whether a text is a case: its top-level <c>ruleset:</c> is a name, not a mapping that declares a ruleset.</summary>
    private static bool IsCaseText(string text, string file) =>
        Yaml.YamlReader.Read(text, file, new LoadErrors()) is Yaml.YamlMapping root
        && root.Find("ruleset")?.Value is Yaml.YamlScalar { IsNull: false };

    /// <summary>The files under a folder whose relative path (with '/') passes <paramref name="filter"/>, in ordinal order, with '/' separators.</summary>
    internal static string[] Files(string path, Func<string, bool> filter) =>
        [.. Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(path, f).Replace('\\', '/'))
            .Where(filter)
            .Order(StringComparer.Ordinal)
            .Select(relative => path.TrimEnd('/', '\\').Replace('\\', '/') + "/" + relative)];

    /// <summary>A catalogue of given definitions (for tests and tools); ids must be distinct.</summary>
    internal static RuleSetCatalog Create(IEnumerable<RuleSetDefinition> ruleSets) =>
        new(ruleSets.Select(r => new LoadedRuleSet(r, "(memory)", ImmutableDictionary<string, RowRef>.Empty, ImmutableDictionary<string, TableSettings>.Empty, [], [])), BundledRuleSets.Calendars);

    /// <summary>A catalogue of loaded rulesets.</summary>
    internal static RuleSetCatalog Create(IEnumerable<LoadedRuleSet> ruleSets, IReadOnlyDictionary<string, WorkingDayCalendar> calendars) => new(ruleSets, calendars);
}
