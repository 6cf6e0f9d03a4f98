using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Accountability.Rules.Calendars;
using Accountability.Rules.Data.Calendars;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;

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

    private readonly FrozenDictionary<string, CatalogEntry> _entries;

    private RuleSetCatalog(ImmutableArray<RuleSetDefinition> ruleSets, IReadOnlyDictionary<string, WorkingDayCalendar> calendars)
    {
        RuleSets = [.. ruleSets.OrderBy(r => r.Id, StringComparer.Ordinal)];
        Calendars = [.. calendars.Values.OrderBy(c => c.Id, StringComparer.Ordinal)];
        _entries = RuleSets.ToFrozenDictionary(
            r => r.Id,
            r => new CatalogEntry(r, r.CalendarId is { } id && calendars.TryGetValue(id, out var calendar) ? calendar : null),
            StringComparer.Ordinal);
    }

    /// <summary>The working-day calendars rulesets of this catalogue may name, ordered by id.</summary>
    public ImmutableArray<WorkingDayCalendar> Calendars { get; }

    /// <summary>
    /// The rulesets embedded in this package, loaded on first access. Throws
    /// <see cref="InvalidOperationException"/> (listing every error) when a bundled ruleset does
    /// not load, which is a defect of the package, not of the caller's input.
    /// </summary>
    public static RuleSetCatalog Bundled => BundledCatalog.Value;

    /// <summary>The rulesets, ordered by id.</summary>
    public ImmutableArray<RuleSetDefinition> RuleSets { get; }

    /// <summary>Finds the definition of a ruleset by id.</summary>
    public bool TryGetDefinition(string id, [NotNullWhen(true)] out RuleSetDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(id);
        definition = _entries.TryGetValue(id, out var entry) ? entry.Definition : null;
        return definition is not null;
    }

    /// <summary>Finds a ruleset by id, compiled (once, on first request; thread-safe).</summary>
    public bool TryGet(string id, [NotNullWhen(true)] out CompiledRuleSet? ruleSet)
    {
        ArgumentNullException.ThrowIfNull(id);
        ruleSet = _entries.TryGetValue(id, out var entry) ? entry.Compiled : null;
        return ruleSet is not null;
    }

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
        if (!Directory.Exists(path))
        {
            errors.Add(new SourceLocation(path, 1, 1), LoadMessages.Format(LoadMessages.FileNotRead, "the folder does not exist"), LoadMessages.FileNotReadHint);
            return LoadResult<RuleSetCatalog>.Failure(errors.ToImmutable());
        }

        var calendars = BundledRuleSets.Calendars.ToDictionary(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories)
            .Where(f => BundledRuleSets.IsCalendarPath(Path.GetRelativePath(path, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal))
        {
            var calendar = CalendarLoader.LoadFile(file);
            errors.AddRange(calendar.Errors);
            if (calendar.Succeeded)
            {
                calendars[calendar.Value.Id] = calendar.Value;
            }
        }

        var files = Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories)
            .Where(f => BundledRuleSets.IsRuleSetPath(Path.GetRelativePath(path, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            errors.Add(new SourceLocation(path, 1, 1), LoadMessages.NoRuleSetFiles, LoadMessages.NoRuleSetFilesHint);
        }

        var definitions = ImmutableArray.CreateBuilder<RuleSetDefinition>();
        var fileById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var result = SourceText.Read(file, errors) is { } text ? RuleSetLoader.Load(text, file, Facts.FactCatalog.Standard, calendars) : null;
            if (result is null)
            {
                continue;
            }

            errors.AddRange(result.Errors);
            if (!result.Succeeded)
            {
                continue;
            }

            if (fileById.TryGetValue(result.Value.Id, out var first))
            {
                errors.Add(new SourceLocation(file, 1, 1), LoadMessages.Format(LoadMessages.DuplicateRuleSet, result.Value.Id, first), LoadMessages.DuplicateRuleSetHint);
                continue;
            }

            fileById.Add(result.Value.Id, file);
            definitions.Add(result.Value);
        }

        return LoadResult<RuleSetCatalog>.From(errors.Count == 0 ? new RuleSetCatalog(definitions.ToImmutable(), calendars) : null, errors.ToImmutable());
    }

    /// <summary>A catalogue of given definitions (for tests and tools); ids must be distinct.</summary>
    internal static RuleSetCatalog Create(IEnumerable<RuleSetDefinition> ruleSets) => new([.. ruleSets], BundledRuleSets.Calendars);
}
