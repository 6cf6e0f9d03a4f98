using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Accountability.Rules.Calendars;
using Accountability.Rules.Data.Calendars;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Data.Verification;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.Catalog;

/// <summary>
/// A set of rulesets by id: the rulesets bundled with this package (<see cref="Bundled"/>), those
/// of a folder (<see cref="LoadFolder"/>), or a catalogue extended by ruleset and overlay files
/// (<see cref="WithFiles"/>, <see cref="WithTexts"/>). Each ruleset is loaded and compiled once,
/// on first use: picking one reads only it and its parents. Immutable and thread-safe.
/// </summary>
public sealed class RuleSetCatalog
{
    private static readonly Lazy<RuleSetCatalog> BundledCatalog = new(BundledRuleSets.Catalog, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableArray<CatalogEntry> _entries;
    private readonly Dictionary<string, CatalogEntry[]> _entriesById;
    private readonly IReadOnlyDictionary<string, WorkingDayCalendar> _calendars;
    private readonly Lazy<ImmutableArray<RuleSetDefinition>> _ruleSets;
    private readonly Lazy<ImmutableArray<WorkingDayCalendar>> _calendarList;

    /// <summary>
    /// The order of the entries: by id, then by first day in force (a stable sort keeps the given order of equal ones).
    /// One comparer of entries, not a key by date, whose sorting code over dates was compiled at run time in every start.
    /// </summary>
    private static readonly Comparer<CatalogEntry> ByIdThenFirstDay = Comparer<CatalogEntry>.Create(
        (a, b) => string.CompareOrdinal(a.Id, b.Id) is var byId and not 0 ? byId : a.InForceFrom.CompareTo(b.InForceFrom));

    private RuleSetCatalog(Func<RuleSetCatalog, IEnumerable<CatalogEntry>> entries, IReadOnlyDictionary<string, WorkingDayCalendar> calendars, ImmutableArray<LoadedRuleSet> files)
    {
        _calendars = calendars;
        _entries = [.. entries(this).Order(ByIdThenFirstDay)];
        _entriesById = ById(_entries);
        _ruleSets = new(() => [.. _entries.Select(e => e.Definition)], LazyThreadSafetyMode.ExecutionAndPublication);
        Ids = [.. _entries.Select(e => e.Id).Distinct(StringComparer.Ordinal)];
        _calendarList = new(() => [.. calendars.Values.OrderBy(c => c.Id, StringComparer.Ordinal)], LazyThreadSafetyMode.ExecutionAndPublication);
        Files = [.. files.Select(f => new RuleSetFile(f.File, f.Definition))];
    }

    /// <summary>
    /// The rulesets embedded in this package. The first access indexes them by id and version;
    /// each is loaded when first asked for. A bundled ruleset that does not load is a defect of the
    /// package, not of the caller's input: the member that loads it throws
    /// <see cref="InvalidOperationException"/> listing every error.
    /// </summary>
    /// <exception cref="InvalidOperationException">A bundled ruleset cannot be indexed (a defect of the package).</exception>
    public static RuleSetCatalog Bundled => BundledCatalog.Value;

    /// <summary>
    /// Every version of every ruleset (effective definitions), ordered by id, then by the first day
    /// in force. Loads every ruleset of the catalogue on first access.
    /// </summary>
    /// <exception cref="InvalidOperationException">A bundled ruleset does not load (a defect of the package).</exception>
    public ImmutableArray<RuleSetDefinition> RuleSets => _ruleSets.Value;

    /// <summary>The ruleset ids, ordered; known without loading the rulesets.</summary>
    public ImmutableArray<string> Ids { get; }

    /// <summary>
    /// The working-day calendars rulesets of this catalogue may name, ordered by id. The bundled calendars are read
    /// on first access (or when a ruleset that names one loads), not when the catalogue is made.
    /// </summary>
    /// <exception cref="InvalidOperationException">A bundled calendar does not load (a defect of the package).</exception>
    public ImmutableArray<WorkingDayCalendar> Calendars => _calendarList.Value;

    /// <summary>
    /// The rulesets read from files for this catalogue (the files given to <see cref="WithFiles"/>
    /// or <see cref="WithTexts"/>, or the folder of <see cref="LoadFolder"/>), in the order of the
    /// files, each with its file name; empty for <see cref="Bundled"/>.
    /// </summary>
    public ImmutableArray<RuleSetFile> Files { get; }

    /// <summary>The versions of a ruleset, earliest first; empty when the id is unknown. Loads only those versions and their parents.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <c>null</c>.</exception>
    /// <exception cref="InvalidOperationException">A bundled ruleset does not load (a defect of the package).</exception>
    public ImmutableArray<RuleSetDefinition> Versions(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var entries = EntriesOf(id);
        var versions = new RuleSetDefinition[entries.Length];
        for (var i = 0; i < versions.Length; i++)
        {
            versions[i] = entries[i].Definition;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(versions);
    }

    /// <summary>Finds the latest version of a ruleset by id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <c>null</c>.</exception>
    /// <exception cref="InvalidOperationException">A bundled ruleset does not load (a defect of the package).</exception>
    public bool TryGetDefinition(string id, [NotNullWhen(true)] out RuleSetDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(id);
        definition = Latest(id)?.Definition;
        return definition is not null;
    }

    /// <summary>Finds the latest version of a ruleset by id, compiled (once, on first request; thread-safe).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <c>null</c>.</exception>
    /// <exception cref="InvalidOperationException">A bundled ruleset does not load (a defect of the package).</exception>
    public bool TryGet(string id, [NotNullWhen(true)] out CompiledRuleSet? ruleSet)
    {
        ArgumentNullException.ThrowIfNull(id);
        ruleSet = Latest(id)?.Compiled;
        return ruleSet is not null;
    }

    /// <summary>Finds a version of a ruleset, compiled (once, on first request; thread-safe).</summary>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="InvalidOperationException">A bundled ruleset does not load (a defect of the package).</exception>
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
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <c>null</c>.</exception>
    /// <exception cref="InvalidOperationException">A bundled ruleset does not load (a defect of the package).</exception>
    public RuleSetSelection Select(string id, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(id);
        var versions = Versions(id);
        RuleSetDefinition? inForce = null;
        foreach (var version in versions)
        {
            if (version.IsInForceOn(date))
            {
                inForce = version; // The latest in force.
            }
        }

        return new RuleSetSelection(id, date, inForce, versions);
    }

    /// <summary>
    /// The hint for a ruleset id this catalogue does not have: the id likely meant, when one is
    /// close, and every id, e.g. <c>did you mean 'yibin-2020'? rulesets available: …</c>.
    /// </summary>
    /// <param name="id">The id as written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <c>null</c>.</exception>
    public string UnknownIdHint(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Suggestions.Hint(id, Ids, "rulesets available");
    }

    /// <summary>
    /// The effective ruleset as a ruleset file (what <c>accountability show</c> prints): one file with
    /// no parent and the same id, version and period, every declaration of the chain and every rule in
    /// declaration order in the syntax of <c>rules:</c> (table rows as the rules they expand into),
    /// with its provenance (parents, content hash, the changes applied, each rule's row) as comments.
    /// It loads again on its own (<see cref="WithTexts"/>, <c>evaluate --ruleset</c>) and gives the
    /// same results. Deterministic.
    /// </summary>
    /// <param name="ruleSet">A version of this catalogue (from <see cref="Versions"/>, <see cref="Select"/> or <see cref="Files"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The catalogue has no ruleset of that id and version.</exception>
    public string EffectiveYaml(RuleSetDefinition ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var entry = Entry(ruleSet.Id, ruleSet.Version)
            ?? throw new ArgumentException($"The catalogue has no such ruleset. Id={ruleSet.Id} Version={ruleSet.Version}", nameof(ruleSet));
        return EffectiveRuleSetWriter.Write(entry.Loaded);
    }

    /// <summary>
    /// This catalogue extended by ruleset and overlay files, loaded together: a file's parent may
    /// be a ruleset of this catalogue or of another given file, so a chain of overlays loads in
    /// one call. A ruleset id declared by a file replaces every version of that id in this
    /// catalogue. Only the parents the files name are read from this catalogue.
    /// </summary>
    /// <param name="paths">The files; errors name them by these paths.</param>
    /// <returns>The extended catalogue (its <see cref="Files"/> are the files' rulesets), or every error of every file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or one of them is <c>null</c>.</exception>
    /// <exception cref="InvalidOperationException">A bundled ruleset a file extends does not load (a defect of the package).</exception>
    public LoadResult<RuleSetCatalog> WithFiles(params IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var errors = new LoadErrors();
        var parsed = new List<ParsedRuleSetFile>();
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            if (SourceText.Read(path, errors) is { } text)
            {
                parsed.Add(ParsedRuleSetFile.Parse(path, text));
            }
        }

        return Extend(parsed, errors);
    }

    /// <summary>
    /// As <see cref="WithFiles"/>, for ruleset and overlay texts given with the names errors give
    /// for them.
    /// </summary>
    /// <param name="texts">The texts.</param>
    /// <returns>The extended catalogue, or every error of every text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of them is <c>null</c>.</exception>
    /// <exception cref="InvalidOperationException">A bundled ruleset a text extends does not load (a defect of the package).</exception>
    public LoadResult<RuleSetCatalog> WithTexts(params IEnumerable<RuleSetText> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var parsed = texts.Select(t => t is null ? throw new ArgumentNullException(nameof(texts)) : ParsedRuleSetFile.Parse(t.FileName, t.Text)).ToList();
        return Extend(parsed, new LoadErrors());
    }

    /// <summary>
    /// Checks ruleset files and folders over this catalogue without stopping at the first bad
    /// file, and verifies each ruleset that loads beyond loading (docs/ruleset-format.md,
    /// Verification: tier tables, the sanction matrix, restriction periods, citations against the
    /// source texts), per date slice and over each overlay chain: every <c>*.yaml</c> under a folder (recursively) is a ruleset, except calendar data
    /// under <c>calendars/</c> (loaded and checked as calendars), files under <c>tests/</c> (test suites, not read) and case files (a top-level
    /// <c>ruleset:</c> that names a ruleset), which are skipped and listed. All files are loaded
    /// together, so a file's parent may be another file; other parents come from this catalogue.
    /// </summary>
    /// <param name="paths">Ruleset files and folders; errors name files by these paths.</param>
    /// <returns>The rulesets that loaded cleanly, the skipped case files and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or one of them is <c>null</c>.</exception>
    /// <exception cref="InvalidOperationException">A bundled ruleset a file extends does not load (a defect of the package).</exception>
    public RuleSetValidation Validate(params IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var errors = new LoadErrors();
        var skipped = new List<string>();
        var (parsed, calendars, count) = Read(paths, errors, skipped);
        var loaded = Load(parsed, calendars, errors);
        var verifier = new RuleSetVerifier(p => loaded.FirstOrDefault(l => l.Definition.Id == p.Id && l.Definition.Version == p.Version) ?? LoadedOf(p.Id, p.Version));
        foreach (var set in loaded)
        {
            errors.AddRange(verifier.Verify(set));
        }

        return new RuleSetValidation([.. loaded.Select(l => new RuleSetFile(l.File, l.Definition))], [.. skipped], count, errors.ToImmutable());
    }

    /// <summary>
    /// Loads every <c>*.yaml</c> file under a folder (recursively, skipping calendar data under
    /// <c>calendars/</c>) as a ruleset, collecting the errors of all files; two files with one
    /// ruleset id are an error, and so is a folder without ruleset files. Parents the folder does
    /// not hold are found among the bundled rulesets; the catalogue holds the folder's rulesets.
    /// </summary>
    /// <param name="path">The folder; errors name files by paths under it.</param>
    /// <returns>The catalogue, or every error of every file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <c>null</c>.</exception>
    /// <exception cref="InvalidOperationException">A bundled ruleset a file extends does not load (a defect of the package).</exception>
    public static LoadResult<RuleSetCatalog> LoadFolder(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new LoadErrors();
        if (!Directory.Exists(path))
        {
            errors.Add(new SourceLocation(path, 1, 1), LoadDiagnostics.FileNotRead, "the folder does not exist");
            return LoadResult<RuleSetCatalog>.Failure(errors.ToImmutable());
        }

        var (parsed, calendars, _) = Bundled.Read([path], errors, skippedCases: null);
        var loaded = Bundled.Load(parsed, calendars, errors);
        return LoadResult<RuleSetCatalog>.From(errors.Count == 0 ? new RuleSetCatalog(_ => loaded.Select(l => CatalogEntry.Of(l, calendars)), calendars, loaded) : null, errors.ToImmutable());
    }

    /// <summary>The entries of an id, earliest first; nothing is loaded.</summary>
    internal ImmutableArray<CatalogEntry> EntriesOf(string id) => _entriesById.TryGetValue(id, out var entries) ? ImmutableCollectionsMarshal.AsImmutableArray(entries) : [];

    /// <summary>The compiled ruleset of a definition of this catalogue.</summary>
    internal CompiledRuleSet Compiled(RuleSetDefinition definition) => Entry(definition.Id, definition.Version)!.Compiled;

    /// <summary>The loaded ruleset of a version, when the catalogue has it.</summary>
    internal LoadedRuleSet? LoadedOf(string id, string version) => Entry(id, version)?.Loaded;

    /// <summary>A catalogue of given definitions (for tests and tools); ids must be distinct.</summary>
    internal static RuleSetCatalog Create(IEnumerable<RuleSetDefinition> ruleSets) =>
        Create(ruleSets.Select(r => new LoadedRuleSet(r, "(memory)", ImmutableDictionary<string, RowRef>.Empty, ImmutableDictionary<string, TableSettings>.Empty, [], [], [], ImmutableDictionary<CodeDefinition, SourceLocation>.Empty, [], [])), BundledRuleSets.Calendars);

    /// <summary>A catalogue of loaded rulesets.</summary>
    internal static RuleSetCatalog Create(IEnumerable<LoadedRuleSet> ruleSets, IReadOnlyDictionary<string, WorkingDayCalendar> calendars) =>
        new(_ => ruleSets.Select(r => CatalogEntry.Of(r, calendars)), calendars, []);

    /// <summary>
    /// A catalogue indexed from ruleset sources without reading them whole: each entry is indexed by
    /// the <see cref="RuleSetIndexKey"/> of its image's header, or else the one scanned from its text,
    /// and parses and loads the text on first use with <paramref name="load"/>, given the catalogue to
    /// find parents in (an entry with an image reads its definition from the image). A text without a
    /// readable header, an image that does not read, or a load that declares another id, version or
    /// first day in force than the index, is a defect of the package: throws <see cref="InvalidOperationException"/>.
    /// </summary>
    internal static RuleSetCatalog Index(IEnumerable<CatalogSource> sources, IReadOnlyDictionary<string, WorkingDayCalendar> calendars, Func<ParsedRuleSetFile, RuleSetCatalog, LoadedRuleSet> load) =>
        new(
            catalog => sources.Select(source => source.Key() is { } key
                ? new CatalogEntry(source.FileName, key.Id, key.Version, key.InForceFrom, () => Agreeing(key, source.FileName, load(ParsedRuleSetFile.Parse(source.FileName, source.Text), catalog)), calendars, source.Image)
                : throw new InvalidOperationException($"A bundled ruleset has no readable id, version or first day in force. File={source.FileName}")),
            calendars,
            []);

    /// <summary>
    /// The entries (ordered by id) by id, each id's in catalogue order; read only once made. A dictionary filled in one
    /// pass: GroupBy and a frozen dictionary's construction cost every start 3.4 M instructions more for a handful of ids.
    /// </summary>
    private static Dictionary<string, CatalogEntry[]> ById(ImmutableArray<CatalogEntry> entries)
    {
        var byId = new Dictionary<string, CatalogEntry[]>(StringComparer.Ordinal);
        var start = 0;
        for (var i = 1; i <= entries.Length; i++)
        {
            if (i == entries.Length || entries[i].Id != entries[start].Id)
            {
                byId.Add(entries[start].Id, entries.AsSpan(start, i - start).ToArray());
                start = i;
            }
        }

        return byId;
    }

    private static LoadedRuleSet Agreeing(RuleSetIndexKey header, string fileName, LoadedRuleSet loaded) =>
        loaded.Definition is { } definition && definition.Id == header.Id && definition.Version == header.Version && definition.InForceFrom == header.InForceFrom
            ? loaded
            : throw new InvalidOperationException(
                $"A bundled ruleset loads as another id, version or first day in force than its index reads. File={fileName} Index={header} Loaded={loaded.Definition.Id} {loaded.Definition.Version} {loaded.Definition.InForceFrom}");

    /// <summary>Files loaded together over this catalogue (its rulesets are the parents the files do not declare); returns the rulesets that loaded (errors are reported).</summary>
    internal ImmutableArray<LoadedRuleSet> Load(IReadOnlyList<ParsedRuleSetFile> files, IReadOnlyDictionary<string, WorkingDayCalendar> calendars, LoadErrors errors) =>
        RuleSetLibrary.LoadAll(files, Facts.FactCatalog.Standard, calendars, files.Any(f => f.Extends) ? this : null, errors);

    private LoadResult<RuleSetCatalog> Extend(IReadOnlyList<ParsedRuleSetFile> parsed, LoadErrors errors)
    {
        var loaded = Load(parsed, _calendars, errors);
        if (errors.Count > 0)
        {
            return LoadResult<RuleSetCatalog>.Failure(errors.ToImmutable());
        }

        var ids = loaded.Select(l => l.Definition.Id).ToHashSet(StringComparer.Ordinal);
        return LoadResult<RuleSetCatalog>.Success(new RuleSetCatalog(
            _ => _entries.Where(e => !ids.Contains(e.Id)).Concat(loaded.Select(l => CatalogEntry.Of(l, _calendars))),
            _calendars,
            loaded));
    }

    /// <summary>
    /// Reads and parses the ruleset files of <paramref name="paths"/> (files, and the <c>*.yaml</c>
    /// under folders), and the calendars under the folders' <c>calendars/</c> with this catalogue's.
    /// </summary>
    /// <returns>The parsed files, the calendars, and the number of ruleset files found (read or not, case files left out).</returns>
    private (List<ParsedRuleSetFile> Files, IReadOnlyDictionary<string, WorkingDayCalendar> Calendars, int Count) Read(IEnumerable<string> paths, LoadErrors errors, List<string>? skippedCases)
    {
        var count = 0;
        var calendars = _calendars.ToDictionary(StringComparer.Ordinal);
        var parsed = new List<ParsedRuleSetFile>();
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            if (!Directory.Exists(path))
            {
                count++;
                if (SourceText.Read(path, errors) is { } single)
                {
                    parsed.Add(ParsedRuleSetFile.Parse(path, single));
                }

                continue;
            }

            foreach (var file in FilesUnder(path, BundledRuleSets.IsCalendarPath))
            {
                var calendar = CalendarLoader.LoadFile(file);
                errors.AddRange(calendar.Diagnostics);
                if (calendar.Succeeded)
                {
                    calendars[calendar.Value.Id] = calendar.Value;
                }
            }

            var files = FilesUnder(path, BundledRuleSets.IsRuleSetPath);
            if (files.Length == 0)
            {
                errors.Add(new SourceLocation(path, 1, 1), LoadDiagnostics.NoRuleSetFiles);
            }

            count += files.Length;
            foreach (var file in files)
            {
                if (SourceText.Read(file, errors) is { } text && ParsedRuleSetFile.Parse(file, text) is var one)
                {
                    if (skippedCases is not null && one.IsCase)
                    {
                        skippedCases.Add(file);
                        count--;
                    }
                    else
                    {
                        parsed.Add(one);
                    }
                }
            }
        }

        return (parsed, calendars, count);
    }

    private CatalogEntry? Entry(string id, string version)
    {
        foreach (var entry in EntriesOf(id))
        {
            if (entry.Version == version)
            {
                return entry;
            }
        }

        return null;
    }

    private CatalogEntry? Latest(string id) => EntriesOf(id) is [.., var latest] ? latest : null;

    /// <summary>The files under a folder whose relative path (with '/') passes <paramref name="filter"/>, in ordinal order, with '/' separators.</summary>
    private static string[] FilesUnder(string path, Func<string, bool> filter) =>
        [.. Directory.EnumerateFiles(path, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(path, f).Replace('\\', '/'))
            .Where(filter)
            .Order(StringComparer.Ordinal)
            .Select(relative => path.TrimEnd('/', '\\').Replace('\\', '/') + "/" + relative)];
}
