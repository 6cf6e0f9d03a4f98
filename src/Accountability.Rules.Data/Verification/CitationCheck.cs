using System.Text.RegularExpressions;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Data.Sources;
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
    public static void Check(LoadedRuleSet loaded, SourceTexts sources, Action<Diagnostic, string?> report)
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
    internal static string? Resolve(string article, LegalText text) => Locate(article, text).Problem;

    /// <summary>Where <paramref name="article"/> is in <paramref name="text"/>: the cited passage, or why it is not there (empty when the citation's form does not fit the text).</summary>
    internal static Located Locate(string article, LegalText text)
    {
        if (DocumentNumber().Match(article) is { Success: true } number)
        {
            var line = text.ParagraphContaining(number.Groups[1].Value.Trim());
            return line is null ? Located.Missing("the text does not print this document number") : Located.Found(line);
        }

        if (WholeParagraph().Match(article) is { Success: true } whole)
        {
            return Paragraph(whole.Groups[1].Value, text.Paragraphs, "the text", text.Paragraph);
        }

        if (ByArticle().Match(article) is { Success: true } a && text.ByArticle)
        {
            var first = Number(a.Groups[1].Value);
            var last = a.Groups[2].Success ? Number(a.Groups[2].Value) : first;
            for (var n = first; n <= last; n++)
            {
                if (text.Article(n) is null)
                {
                    return Located.Missing($"it has no article {n} (第{Chinese(n)}条)");
                }
            }

            var cited = text.Article(first)!;
            if (a.Groups[3].Success)
            {
                if (!cited.Children.TryGetValue(Number(a.Groups[3].Value), out var item))
                {
                    return Located.Missing($"article {first} has {Items(cited)}, not （{Chinese(Number(a.Groups[3].Value))}）");
                }

                return a.Groups[4].Success ? Paragraph(a.Groups[4].Value, cited.Paragraphs, $"article {first}", p => text.ParagraphOf(cited, p)) : Located.Found(text.TextOf(item));
            }

            return a.Groups[4].Success
                ? Paragraph(a.Groups[4].Value, cited.Paragraphs, $"article {first}", p => text.ParagraphOf(cited, p))
                : Located.Found(string.Join('\n', Enumerable.Range(first, last - first + 1).Select(n => text.TextOf(text.Article(n)!))));
        }

        if (ByPart().Match(article) is { Success: true } p && !text.ByArticle && LegalText.Numeral(p.Groups[1].Value) is { } partNumber)
        {
            return LocatePart(p, partNumber, text);
        }

        return Located.Missing(string.Empty);
    }

    private static Located LocatePart(Match p, int partNumber, LegalText text)
    {
        var part = text.Part(partNumber);
        if (part is null)
        {
            // A text whose sections run on through its parts is cited by the section's number alone.
            var sections = text.SectionsNumbered(partNumber).ToList();
            if (p.Groups[2].Success || p.Groups[3].Success || sections.Count != 1)
            {
                return Located.Missing($"it has no part {p.Groups[1].Value}");
            }

            var section = sections[0];
            return p.Groups[4].Success
                ? Paragraph(p.Groups[4].Value, section.Paragraphs, $"section （{p.Groups[1].Value}）", n => text.ParagraphOf(section, n))
                : Located.Found(text.TextOf(section));
        }

        var block = part;
        var name = $"part {p.Groups[1].Value}";
        if (p.Groups[2].Success)
        {
            if (LegalText.Numeral(p.Groups[2].Value) is not { } s || !part.Children.TryGetValue(s, out block))
            {
                return Located.Missing($"part {p.Groups[1].Value} has {Items(part)}, not （{p.Groups[2].Value}）");
            }

            name = $"{p.Groups[1].Value}({p.Groups[2].Value})";
        }

        if (p.Groups[3].Success)
        {
            var item = Number(p.Groups[3].Value);
            if (!block.Children.TryGetValue(item, out var found))
            {
                return Located.Missing($"{name} has {Items(block)}, not item {item}");
            }

            (block, name) = (found, name + item);
        }

        var cited = block;
        return p.Groups[4].Success ? Paragraph(p.Groups[4].Value, cited.Paragraphs, name, n => text.ParagraphOf(cited, n)) : Located.Found(text.TextOf(cited));
    }

    private static Located Paragraph(string written, int count, string where, Func<int, string> paragraph)
    {
        var p = Number(written);
        return p >= 1 && p <= Math.Max(count, 1)
            ? Located.Found(paragraph(p))
            : Located.Missing($"{where} has {Math.Max(count, 1)} paragraph{(count > 1 ? "s" : string.Empty)}, not ¶{p}");
    }

    private static int Number(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

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

    /// <summary>A citation's place in a text: the passage cited, or why it is not there.</summary>
    /// <param name="Text">The cited passage (its paragraphs joined by new lines), when found.</param>
    /// <param name="Problem">Why it is not there (empty when the citation's form does not fit the text), when not found.</param>
    internal readonly record struct Located(string? Text, string? Problem)
    {
        /// <summary>Found: <paramref name="text"/>.</summary>
        public static Located Found(string text) => new(text, null);

        /// <summary>Not found, for <paramref name="problem"/>.</summary>
        public static Located Missing(string problem) => new(null, problem);
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
