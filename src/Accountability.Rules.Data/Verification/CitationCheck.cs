using System.Text.RegularExpressions;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Data.Verification;

/// <summary>
/// Checks that every citation a ruleset file writes names a place its document's source text has:
/// <c>Art. N</c>, <c>Art. N-M</c>, <c>Art. N(k)</c>, <c>Art. N ¶p</c> (optionally followed by
/// <c>, words</c>, which are not checked) in a text numbered by article; <c>五</c>, <c>五(二)</c>,
/// <c>五(二)3</c>, each optionally with <c> ¶p</c>, in a text numbered by part (a bare number names a
/// part, or a section in a text whose sections run on through the parts); <c>¶p</c>, a paragraph of
/// the whole text; and <c>文号 X</c>, the document number as the text prints it.
/// </summary>
internal static partial class CitationCheck
{
    /// <summary>Reports each citation of <paramref name="loaded"/>'s own file that its source text does not have, at the citation.</summary>
    public static void Check(LoadedRuleSet loaded, SourceLibrary sources, Action<Diagnostic, string?> report)
    {
        var documents = loaded.Definition.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var site in loaded.Citations)
        {
            if (!documents.TryGetValue(site.Citation.DocumentId, out var document)
                || sources.Find(document, loaded.File, site.At, d => report(d, "documents/" + document.Id), out var source) is not { } text)
            {
                continue;
            }

            var article = site.Citation.Article;
            if (Resolve(article, text) is { } reason)
            {
                var kind = reason.Length == 0 ? VerificationDiagnostics.CitationNotUnderstood : VerificationDiagnostics.CitationNotFound;
                report(
                    reason.Length == 0
                    ? kind.At(site.At, article, document.Id, text.ByArticle ? "by article" : "by part, section and item", text.ByArticle ? "Art. N, Art. N(k) or Art. N ¶p, e.g. Art. 19(2)" : "the text's numbering, e.g. 五, 五(二), 五(二)3 or 五(二)1 ¶2; ¶p for a paragraph of the whole text")
                    : kind.At(site.At, article, document.Id, reason, source),
                    $"cites/{document.Id} {article}");
            }
        }
    }

    /// <summary><c>null</c> when the citation resolves; empty when its form does not fit the text; else why it does not resolve.</summary>
    internal static string? Resolve(string article, LegalText text)
    {
        if (DocumentNumber().Match(article) is { Success: true } number)
        {
            return text.Text.Contains(number.Groups[1].Value.Trim(), StringComparison.Ordinal) ? null : "the text does not print this document number";
        }

        if (WholeParagraph().Match(article) is { Success: true } whole)
        {
            return Paragraph(whole.Groups[1].Value, text.Paragraphs, "the text");
        }

        if (ByArticle().Match(article) is { Success: true } a && text.ByArticle)
        {
            var first = int.Parse(a.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var last = a.Groups[2].Success ? int.Parse(a.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : first;
            for (var n = first; n <= last; n++)
            {
                if (text.Article(n) is null)
                {
                    return $"it has no article {n} (第{Chinese(n)}条)";
                }
            }

            var cited = text.Article(first)!;
            if (a.Groups[3].Success && !cited.Children.ContainsKey(int.Parse(a.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)))
            {
                return $"article {first} has {Items(cited)}, not （{Chinese(int.Parse(a.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture))}）";
            }

            return a.Groups[4].Success ? Paragraph(a.Groups[4].Value, cited.Paragraphs, $"article {first}") : null;
        }

        if (ByPart().Match(article) is { Success: true } p && !text.ByArticle && LegalText.Numeral(p.Groups[1].Value) is { } partNumber)
        {
            return ResolvePart(p, partNumber, text);
        }

        return string.Empty;
    }

    private static string? ResolvePart(Match p, int partNumber, LegalText text)
    {
        var part = text.Part(partNumber);
        if (part is null)
        {
            // A text whose sections run on through its parts is cited by the section's number alone.
            var sections = text.SectionsNumbered(partNumber).ToList();
            if (p.Groups[2].Success || p.Groups[3].Success || sections.Count != 1)
            {
                return $"it has no part {p.Groups[1].Value}";
            }

            return p.Groups[4].Success ? Paragraph(p.Groups[4].Value, sections[0].Paragraphs, $"section （{p.Groups[1].Value}）") : null;
        }

        var block = part;
        var name = $"part {p.Groups[1].Value}";
        if (p.Groups[2].Success)
        {
            if (LegalText.Numeral(p.Groups[2].Value) is not { } s || !part.Children.TryGetValue(s, out block))
            {
                return $"part {p.Groups[1].Value} has {Items(part)}, not （{p.Groups[2].Value}）";
            }

            name = $"{p.Groups[1].Value}({p.Groups[2].Value})";
        }

        if (p.Groups[3].Success)
        {
            var item = int.Parse(p.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!block.Children.TryGetValue(item, out var found))
            {
                return $"{name} has {Items(block)}, not item {item}";
            }

            (block, name) = (found, name + item);
        }

        return p.Groups[4].Success ? Paragraph(p.Groups[4].Value, block.Paragraphs, name) : null;
    }

    private static string? Paragraph(string written, int count, string where)
    {
        var p = int.Parse(written, System.Globalization.CultureInfo.InvariantCulture);
        return p >= 1 && p <= Math.Max(count, 1) ? null : $"{where} has {Math.Max(count, 1)} paragraph{(count > 1 ? "s" : string.Empty)}, not ¶{p}";
    }

    private static string Items(LegalText.Block block) =>
        block.Children.Count == 0 ? "no numbered items" : $"items {block.Children.Keys.Min()}–{block.Children.Keys.Max()}";

    private static string Chinese(int n)
    {
        const string Digits = "零一二三四五六七八九";
        return n switch
        {
            < 10 => Digits[n].ToString(),
            < 20 => "十" + (n % 10 == 0 ? string.Empty : Digits[n % 10].ToString()),
            < 100 => Digits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : Digits[n % 10].ToString()),
            _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    [GeneratedRegex(@"\A文号\s+(.+)\z")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"\A¶([0-9]+)\z")]
    private static partial Regex WholeParagraph();

    [GeneratedRegex(@"\AArt\. ([0-9]+)(?:-([0-9]+))?(?:\(([0-9]+)\))?(?: ¶([0-9]+))?(?:, .+)?\z")]
    private static partial Regex ByArticle();

    [GeneratedRegex(@"\A([零〇一二三四五六七八九十百]+)(?:\(([零〇一二三四五六七八九十百]+)\))?([0-9]+)?(?: ¶([0-9]+))?\z")]
    private static partial Regex ByPart();
}
