using System.Collections.Concurrent;
using Accountability.Rules.Data.Verification;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Sources;

/// <summary>
/// The source texts of the documents rulesets cite, and the passage a citation names in them (the
/// original text of an article, item or paragraph). A document names its text with
/// <c>source: docs/sources/x.txt</c>, or <c>docs/sources/x.txt#篇三</c> for a section of a compilation
/// (from the line that ends with the anchor to the next heading of the same kind). The path is looked
/// up from the ruleset file's folder upwards, then from the current folder upwards; a text under
/// <c>docs/sources/</c> that is not found there is read from the copies this package carries of the
/// bundled rulesets' sources. Only plain-text copies (<c>.txt</c>) are read. Each text is read once per
/// instance. Thread-safe.
/// </summary>
public sealed class SourceTexts
{
    /// <summary>The folder, relative to a repository's root, of the texts the bundled rulesets cite.</summary>
    private const string BundledFolder = "docs/sources/";

    /// <summary>The prefix of the embedded copies' resource names.</summary>
    private const string ResourcePrefix = "sources/";

    private static readonly Lazy<SourceTexts> Shared = new(() => new SourceTexts(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ConcurrentDictionary<string, Lazy<Reading>> _texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Reading, bool> _reported = new(ReferenceEqualityComparer.Instance);
    private readonly bool _searchFolders;

    /// <summary>A new set of texts, each read once.</summary>
    /// <param name="searchFolders">Whether files are looked for in folders before the copies this package carries; tests turn it off.</param>
    internal SourceTexts(bool searchFolders = true) => _searchFolders = searchFolders;

    /// <summary>
    /// The texts as found from the current folder and beside each ruleset file, falling back on the copies of the
    /// bundled rulesets' sources carried in this package, so a bundled ruleset's citations are always found. One
    /// instance for the process: a text is read once.
    /// </summary>
    public static SourceTexts Bundled => Shared.Value;

    /// <summary>
    /// The passage <paramref name="citation"/> names in <paramref name="document"/>'s source text: an article with
    /// its items, one item, a paragraph, a part, section or item of a text numbered by part, or the line printing the
    /// document number. <c>null</c> when the document names no plain-text source, the text is not found, or it has no
    /// such place (<c>accountability validate</c> reports the last two).
    /// </summary>
    /// <param name="document">The document cited, from the ruleset's <see cref="RuleSetDefinition.Documents"/>.</param>
    /// <param name="citation">The citation; its <see cref="Citation.DocumentId"/> is expected to be <paramref name="document"/>'s.</param>
    /// <param name="rulesetFile">The file of the ruleset that cites it, whose folder and those above it are searched first; <c>null</c> for a bundled ruleset.</param>
    public CitedText? Cite(DocumentReference document, Citation citation, string? rulesetFile = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(citation);
        return Read(document, rulesetFile).Text is { } text && CitationCheck.Locate(citation.Article, text).Text is { } passage
            ? new CitedText(document, citation, passage)
            : null;
    }

    /// <summary>
    /// The structure of a document's source text, or <c>null</c> when the document names none, or the text is not
    /// found (a warning) or has no such section (an error), reported once, at the first <paramref name="at"/>.
    /// </summary>
    internal LegalText? Find(DocumentReference document, string rulesetFile, SourceLocation at, Action<Diagnostic> report, out string source)
    {
        source = document.Source ?? string.Empty;
        var reading = Read(document, rulesetFile);
        if (!_reported.TryAdd(reading, true))
        {
            return reading.Text;
        }

        switch (reading.Problem)
        {
            case SourceProblem.NotFound:
                report(VerificationDiagnostics.SourceNotFound.At(at, document.Id, source));
                break;
            case SourceProblem.NoSuchSection:
                report(VerificationDiagnostics.SourceSectionNotFound.At(at, reading.File, reading.Anchor!));
                break;
        }

        return reading.Text;
    }

    private Reading Read(DocumentReference document, string? rulesetFile)
    {
        if (document.Source is not { Length: > 0 } written)
        {
            return Reading.None;
        }

        var hash = written.IndexOf('#', StringComparison.Ordinal);
        var (relative, anchor) = hash < 0 ? (written, null) : (written[..hash], written[(hash + 1)..]);
        if (!relative.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            // Only plain-text copies are read: a ruleset file standing for an invented document, or a PDF, has no articles to find.
            return Reading.None;
        }

        var key = (rulesetFile is null ? string.Empty : Path.GetDirectoryName(Path.GetFullPath(rulesetFile))) + "\n" + written;
        return _texts.GetOrAdd(key, _ => new Lazy<Reading>(() => ReadText(relative, anchor, rulesetFile), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private Reading ReadText(string relative, string? anchor, string? rulesetFile)
    {
        var lines = _searchFolders && Locate(relative, rulesetFile) is { } path ? File.ReadAllLines(path) : Embedded(relative);
        if (lines is null)
        {
            return new Reading(null, SourceProblem.NotFound, relative, anchor);
        }

        if (anchor is null)
        {
            return new Reading(LegalText.Read(lines), SourceProblem.None, relative, anchor);
        }

        return Section(lines, anchor) is { } section
            ? new Reading(LegalText.Read(section), SourceProblem.None, relative, anchor)
            : new Reading(null, SourceProblem.NoSuchSection, relative, anchor);
    }

    private static string? Locate(string relative, string? rulesetFile)
    {
        if (Path.IsPathRooted(relative))
        {
            return File.Exists(relative) ? relative : null;
        }

        var starts = rulesetFile is null
            ? [Directory.GetCurrentDirectory()]
            : new[] { Path.GetDirectoryName(Path.GetFullPath(rulesetFile)), Directory.GetCurrentDirectory() };
        foreach (var start in starts)
        {
            for (var folder = start is null ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The lines of the copy this package carries of a bundled ruleset's source, or <c>null</c>.</summary>
    private static string[]? Embedded(string relative)
    {
        var normalized = relative.Replace('\\', '/');
        if (!normalized.StartsWith(BundledFolder, StringComparison.Ordinal))
        {
            return null;
        }

        using var stream = typeof(SourceTexts).Assembly.GetManifestResourceStream(ResourcePrefix + normalized[BundledFolder.Length..]);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return [.. lines];
    }

    /// <summary>The lines of a section: after the heading line that ends with the anchor, up to the next line that starts as that heading does (its text before the anchor).</summary>
    private static IEnumerable<string>? Section(string[] lines, string anchor)
    {
        var start = Array.FindIndex(lines, l => l.Trim().EndsWith(anchor, StringComparison.Ordinal));
        if (start < 0)
        {
            return null;
        }

        var heading = lines[start].Trim();
        var prefix = heading[..^anchor.Length];
        var end = prefix.Length == 0 ? -1 : Array.FindIndex(lines, start + 1, l => l.Trim().StartsWith(prefix, StringComparison.Ordinal) && l.Trim().Length > prefix.Length && l.Trim() != prefix);
        return lines.Skip(start + 1).Take((end < 0 ? lines.Length : end) - start - 1);
    }

    private enum SourceProblem
    {
        None,
        NotFound,
        NoSuchSection,
    }

    private sealed record Reading(LegalText? Text, SourceProblem Problem, string File, string? Anchor)
    {
        public static readonly Reading None = new(null, SourceProblem.None, string.Empty, null);
    }
}
