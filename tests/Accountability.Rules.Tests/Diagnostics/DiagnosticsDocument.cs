using System.Text;
using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Tests.Diagnostics;

/// <summary>Writes <c>docs/diagnostics.md</c> from the catalogue of diagnostic kinds.</summary>
internal static class DiagnosticsDocument
{
    /// <summary>The document's path from the repository root.</summary>
    public const string RelativePath = "docs/diagnostics.md";

    /// <summary>The document for <paramref name="kinds"/>, sorted by id.</summary>
    public static string Write(IReadOnlyList<DiagnosticKind> kinds)
    {
        var text = new StringBuilder()
            .AppendLine("# Diagnostics")
            .AppendLine()
            .AppendLine("<!-- Do not edit: generated from the catalogue of diagnostic kinds by DiagnosticCatalogueTest; run the tests with ACCOUNTABILITY_REGENERATE=1 to write it again. -->")
            .AppendLine()
            .AppendLine("Every problem the loaders, the rule compiler, the evaluation and the `accountability` command find in")
            .AppendLine("a ruleset, a case, a calendar or a command line is a diagnostic with a stable id. The command prints each")
            .AppendLine("on one line of stderr:")
            .AppendLine()
            .AppendLine("```text")
            .AppendLine("rulesets/x.yaml:12:5: error ACR0201: unknown key 'tierz' in 'lossTiers' (hint: did you mean 'tiers'? allowed keys: …)")
            .AppendLine("```")
            .AppendLine()
            .AppendLine("file, line and column (1-based; left out, after `accountability: `, when the problem is in the command")
            .AppendLine("line or has no place in a file), the severity (`error`: the input cannot be used; `warning`: it can,")
            .AppendLine("but probably not as meant), the id, the message and the hint. Every problem of a run is printed, and")
            .AppendLine("the command exits with code 2 when one is an error (a year the working-day calendar lacks, ACR0902,")
            .AppendLine("is no error of the input: the case is evaluated without the deadline it cannot count, its status is")
            .AppendLine("`incomplete`, and the command exits 1). From C#, `LoadResult<T>.Diagnostics` holds them as")
            .AppendLine("`Accountability.Rules.Diagnostics.Diagnostic` records; test and filter on `Id`, not on the message,")
            .AppendLine("whose wording may improve. An id is never reused for another kind of problem.")
            .AppendLine()
            .AppendLine("In the templates below, `{name}` stands for a value of the problem (a key, a path, an id); `{suggestion}`")
            .AppendLine("is the closest valid name when one is close (\"did you mean …?\") followed by the valid names. The hint")
            .AppendLine("says what to do.")
            .AppendLine()
            .AppendLine("| ids | what |")
            .AppendLine("|---|---|");
        foreach (var (prefix, title, _) in DiagnosticCatalogue.Ranges)
        {
            text.AppendLine($"| {prefix}xx | [{title}](#{Anchor(prefix, title)}) |");
        }

        foreach (var (prefix, title, advice) in DiagnosticCatalogue.Ranges)
        {
            text.AppendLine()
                .AppendLine($"## {prefix}xx {title}")
                .AppendLine()
                .AppendLine(advice)
                .AppendLine()
                .AppendLine("| id | severity | message | hint (what to do) |")
                .AppendLine("|---|---|---|---|");
            foreach (var kind in kinds.Where(k => k.Id.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(k => k.Id, StringComparer.Ordinal))
            {
                text.AppendLine($"| {kind.Id} | {(kind.Severity == DiagnosticSeverity.Error ? "error" : "warning")} | `{kind.Message}` | `{kind.Hint}` |");
            }
        }

        return text.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>The anchor GitHub gives the range's heading: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static string Anchor(string prefix, string title) =>
        new string($"{prefix}xx {title}".ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-').ToArray()).Replace(' ', '-');
}
