using System.Text.RegularExpressions;

namespace Accountability.Rules.Data.Verification;

/// <summary>
/// The structure of a Chinese legal text, read from its plain-text copy under <c>docs/sources/</c>,
/// as far as citations need it. Two numbering styles: measures and rules numbered by article
/// (第十九条, with items （一） and paragraphs 款), and opinions and notices numbered by part, section
/// and item (一、 （一） 1.), whose sections may restart in each part or run on through the text.
/// Lines broken by page breaks (a line that does not end a sentence, followed by one that starts
/// no number) are joined first; each remaining line is a paragraph. Immutable once read.
/// </summary>
internal sealed partial class LegalText
{
    private readonly Dictionary<int, Block> _articles = [];
    private readonly Dictionary<int, Block> _parts = [];
    private readonly List<Block> _sections = [];
    private readonly List<string> _lines;

    private LegalText(List<string> lines) => _lines = lines;

    /// <summary>The number of paragraphs of the whole text (or section of a compilation).</summary>
    public int Paragraphs => _lines.Count;

    /// <summary>The first paragraph of the whole text that contains <paramref name="written"/>, or <c>null</c>.</summary>
    public string? ParagraphContaining(string written) => _lines.Find(l => l.Contains(written, StringComparison.Ordinal));

    /// <summary>The paragraph numbered <paramref name="number"/> (from 1) of the whole text (empty for an empty text).</summary>
    public string Paragraph(int number) => _lines.Count == 0 ? string.Empty : _lines[number - 1];

    /// <summary>The whole of <paramref name="block"/>: its paragraphs and its numbered children's, in the order of the text.</summary>
    public string TextOf(Block block)
    {
        var indexes = new SortedSet<int>();
        Collect(block, indexes);
        return string.Join('\n', indexes.Select(i => _lines[i]));

        static void Collect(Block block, SortedSet<int> indexes)
        {
            indexes.UnionWith(block.ParagraphLines);
            foreach (var child in block.Children.Values)
            {
                Collect(child, indexes);
            }
        }
    }

    /// <summary>The paragraph numbered <paramref name="number"/> (from 1) of <paramref name="block"/>, its items not counted (its whole text when it has no paragraph of its own).</summary>
    public string ParagraphOf(Block block, int number) => block.ParagraphLines.Count == 0 ? TextOf(block) : _lines[block.ParagraphLines[number - 1]];

    /// <summary>Whether the text is numbered by article (第N条).</summary>
    public bool ByArticle => _articles.Count > 0;

    /// <summary>An article by number.</summary>
    public Block? Article(int number) => _articles.GetValueOrDefault(number);

    /// <summary>A part (一、) by number, for texts numbered by part.</summary>
    public Block? Part(int number) => _parts.GetValueOrDefault(number);

    /// <summary>The sections （N） with a number anywhere in the text (for sections numbered through the text).</summary>
    public IEnumerable<Block> SectionsNumbered(int number) => _sections.Where(s => s.Number == number);

    /// <summary>Reads the structure of <paramref name="lines"/> (a file, or one section of a compilation).</summary>
    public static LegalText Read(IEnumerable<string> lines)
    {
        var logical = Join(lines);
        var text = new LegalText(logical);
        if (logical.Any(l => ArticleMarker().IsMatch(l)))
        {
            text.ReadArticles(logical);
        }
        else
        {
            text.ReadParts(logical);
        }

        return text;
    }

    /// <summary>The value of a Chinese numeral of up to two digits (一 … 九十九, 百), or <c>null</c>.</summary>
    public static int? Numeral(string text)
    {
        const string Digits = "零一二三四五六七八九";
        if (text.Length == 0)
        {
            return null;
        }

        var total = 0;
        var current = 0;
        foreach (var c in text)
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (c == '〇')
            {
                digit = 0;
            }

            if (digit >= 0)
            {
                current = digit;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
            else
            {
                return null;
            }
        }

        return total + current;
    }

    private void ReadArticles(List<string> lines)
    {
        Block? article = null;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (ArticleMarker().Match(line) is { Success: true } m && Numeral(m.Groups[1].Value) is { } n)
            {
                article = new Block(n);
                _articles.TryAdd(n, article);
                article.ParagraphLines.Add(index);
            }
            else if (article is null || ChapterMarker().IsMatch(line))
            {
                continue;
            }
            else if (SectionMarker().Match(line) is { Success: true } s && Numeral(s.Groups[1].Value) is { } item)
            {
                var block = new Block(item);
                block.ParagraphLines.Add(index);
                article.Children.TryAdd(item, block);
            }
            else if (!ItemMarker().IsMatch(line))
            {
                article.ParagraphLines.Add(index);
            }
        }
    }

    private void ReadParts(List<string> lines)
    {
        Block? part = null;
        Block? section = null;
        Block? item = null;
        Block? lastPlain = null;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (PartMarker().Match(line) is { Success: true } p && Numeral(p.Groups[1].Value) is { } n)
            {
                part = AddPart(n);
                part.ParagraphLines.Add(index);
                (section, item, lastPlain) = (null, null, null);
            }
            else if (SectionMarker().Match(line) is { Success: true } s && Numeral(s.Groups[1].Value) is { } sn)
            {
                if (part is null || part.Children.Keys.Any(k => k >= sn))
                {
                    // A section that restarts the numbering begins a part whose heading the copy lost; a
                    // paragraph just before it is that part's opening paragraph.
                    var opening = lastPlain?.ParagraphLines[^1];
                    if (opening is not null)
                    {
                        lastPlain!.ParagraphLines.RemoveAt(lastPlain.ParagraphLines.Count - 1);
                    }

                    part = AddPart((part?.Number ?? 0) + 1);
                    if (opening is { } moved)
                    {
                        part.ParagraphLines.Add(moved);
                    }
                }

                section = new Block(sn);
                section.ParagraphLines.Add(index);
                part.Children.TryAdd(sn, section);
                _sections.Add(section);
                (item, lastPlain) = (null, null);
            }
            else if (ItemMarker().Match(line) is { Success: true } i && int.TryParse(i.Groups[1].Value, out var number))
            {
                item = new Block(number);
                item.ParagraphLines.Add(index);
                (section ?? part)?.Children.TryAdd(number, item);
                lastPlain = null;
            }
            else
            {
                lastPlain = item ?? section ?? part;
                lastPlain?.ParagraphLines.Add(index);
            }
        }
    }

    private Block AddPart(int number)
    {
        _parts.TryAdd(number, new Block(number));
        return _parts[number];
    }

    /// <summary>The paragraphs: lines trimmed, list dashes removed, a line that does not end a sentence joined with the next unless that one starts a number.</summary>
    private static List<string> Join(IEnumerable<string> lines)
    {
        var result = new List<string>();
        var open = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim(' ', '\t', '\u3000', '\r');
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                line = line[2..].TrimStart(' ', '\u3000');
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (open && result.Count > 0 && !StartsNumber(line))
            {
                result[^1] += line;
            }
            else
            {
                result.Add(line);
            }

            open = !EndsSentence(result[^1]);
        }

        return result;
    }

    private static bool StartsNumber(string line) =>
        ArticleMarker().IsMatch(line) || ChapterMarker().IsMatch(line) || PartMarker().IsMatch(line) || SectionMarker().IsMatch(line) || ItemMarker().IsMatch(line);

    private static bool EndsSentence(string line) => line[^1] is '。' or '；' or '：' or '！' or '？' or '”' or '」' or ';' or ':';

    [GeneratedRegex(@"\A第\s*([零〇一二三四五六七八九十百]+)\s*条")]
    private static partial Regex ArticleMarker();

    [GeneratedRegex(@"\A第\s*[零〇一二三四五六七八九十百]+\s*[章节]")]
    private static partial Regex ChapterMarker();

    [GeneratedRegex(@"\A([零〇一二三四五六七八九十百]+)、")]
    private static partial Regex PartMarker();

    [GeneratedRegex(@"\A[（(]([零〇一二三四五六七八九十百]+)[）)]")]
    private static partial Regex SectionMarker();

    [GeneratedRegex(@"\A([0-9]{1,2})\s*[\.．、](?![0-9])")]
    private static partial Regex ItemMarker();

    /// <summary>A numbered unit of the text: an article, part, section or item, its paragraphs and its numbered children.</summary>
    internal sealed class Block(int number)
    {
        /// <summary>Its number.</summary>
        public int Number { get; } = number;

        /// <summary>The indexes of its paragraphs (the numbered line is the first), its numbered children not counted.</summary>
        public List<int> ParagraphLines { get; } = [];

        /// <summary>The number of its paragraphs.</summary>
        public int Paragraphs => ParagraphLines.Count;

        /// <summary>Its items (an article's （N）, a part's sections, a section's items), by number.</summary>
        public Dictionary<int, Block> Children { get; } = [];
    }
}
