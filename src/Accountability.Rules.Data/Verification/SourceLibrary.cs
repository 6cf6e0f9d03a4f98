using Accountability.Rules.Diagnostics;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Verification;

/// <summary>
/// Finds and reads the source texts documents name (<c>source: docs/sources/x.txt#篇三</c>): the
/// path is looked up from the ruleset file's folder upwards, then from the current folder upwards;
/// <c>#anchor</c> names a section of a compilation, from the line that ends with the anchor to the
/// next heading of the same kind. Only plain-text copies (<c>.txt</c>) are read; another source is not checked. Each text is read once per validation. Mutable cache; one validation.
/// </summary>
internal sealed class SourceLibrary
{
    private readonly Dictionary<string, LegalText?> _texts = new(StringComparer.Ordinal);

    /// <summary>
    /// The structure of a document's source text, or <c>null</c> when the document names none, or
    /// the text is not found (a warning) or has no such section (an error), reported once at <paramref name="at"/>.
    /// </summary>
    public LegalText? Find(DocumentReference document, string rulesetFile, SourceLocation at, Action<Diagnostic> report, out string source)
    {
        source = document.Source ?? string.Empty;
        if (document.Source is not { Length: > 0 } written)
        {
            return null;
        }

        var hash = written.IndexOf('#', StringComparison.Ordinal);
        var (relative, anchor) = hash < 0 ? (written, null) : (written[..hash], written[(hash + 1)..]);
        if (!relative.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            // Only plain-text copies are read: a ruleset file standing for an invented document, or a PDF, has no articles to check.
            return null;
        }

        var key = rulesetFile + "\n" + written;
        if (_texts.TryGetValue(key, out var known))
        {
            return known;
        }

        LegalText? text = null;
        if (Locate(relative, rulesetFile) is not { } path)
        {
            report(VerificationDiagnostics.SourceNotFound.At(at, document.Id, written));
        }
        else
        {
            var lines = File.ReadAllLines(path);
            if (anchor is null)
            {
                text = LegalText.Read(lines);
            }
            else if (Section(lines, anchor) is { } section)
            {
                text = LegalText.Read(section);
            }
            else
            {
                report(VerificationDiagnostics.SourceSectionNotFound.At(at, relative, anchor));
            }
        }

        _texts[key] = text;
        return text;
    }

    private static string? Locate(string relative, string rulesetFile)
    {
        if (Path.IsPathRooted(relative))
        {
            return File.Exists(relative) ? relative : null;
        }

        foreach (var start in new[] { Path.GetDirectoryName(Path.GetFullPath(rulesetFile)), Directory.GetCurrentDirectory() })
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
}
