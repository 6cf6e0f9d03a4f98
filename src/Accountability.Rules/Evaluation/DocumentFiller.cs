using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Accountability.Rules.Facts;
using NodaTime;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// Fills the <c>documentLine</c> templates of a session with its <c>documentField</c> values.
/// A placeholder is <c>{field}</c>, or <c>{field:hour}</c> / <c>{field:halfDay}</c> for a time
/// written HH:mm (9时30分 / 上午9:30). A date reads 2024年3月5日. Several values of one field are
/// joined with 、. A field without a value reads as the template's blank: the text after a bar
/// (<c>{noticeNumber|监管约谈函〔20××〕××号}</c>), or ×××, ××时, ××××年××月××日.
/// </summary>
internal static partial class DocumentFiller
{
    /// <summary>The types this filler reads; the result shows them as documents, not as conclusions.</summary>
    public static ImmutableArray<string> Types { get; } = ["documentLine", "documentField"];

    public static ImmutableArray<FilledDocument> Fill(ImmutableArray<Fact> lines, ImmutableArray<Fact> fields, ProvenanceBuilder provenance)
    {
        var documents = ImmutableArray.CreateBuilder<FilledDocument>();
        foreach (var group in lines.GroupBy(l => (Document: l["document"].AsText, Subject: l["subject"].AsText)))
        {
            var subjectFields = fields.Where(f => f["subject"].AsText == group.Key.Subject).ToList();
            var values = subjectFields
                .GroupBy(f => f["field"].AsText, StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => g.Select(Value).Where(v => !v.IsNull).Distinct().ToList(),
                    StringComparer.Ordinal);
            var unfilled = new List<string>();
            var ordered = group.OrderBy(l => l["line"].AsNumber).ToList();
            var filled = ordered.Select(l => Placeholder().Replace(l["text"].AsText, m =>
            {
                var name = m.Groups["name"].Value;
                var format = m.Groups["format"].Value;
                var blank = m.Groups["blank"];
                if (values.TryGetValue(name, out var found) && found.Count > 0)
                {
                    return string.Join("、", found.Select(v => Format(v, format)));
                }

                if (!unfilled.Contains(name, StringComparer.Ordinal))
                {
                    unfilled.Add(name);
                }

                return blank.Success ? blank.Value : Blank(format, isDate: subjectFields.Any(f => f["field"].AsText == name && !f["date"].IsNull) || name.EndsWith("On", StringComparison.Ordinal) || name.EndsWith("Due", StringComparison.Ordinal));
            })).ToImmutableArray();
            documents.Add(new FilledDocument(
                group.Key.Document,
                group.Key.Subject,
                ordered[0]["title"].AsText,
                filled,
                [.. unfilled],
                provenance.Of(ordered.Concat(subjectFields))));
        }

        return documents.ToImmutable();
    }

    /// <summary>A date as a Chinese document writes it: 2024年3月5日.</summary>
    internal static string ChineseDate(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static Value Value(Fact field) => field["date"].IsNull ? field["text"] : field["date"];

    private static string Format(Value value, string format)
    {
        if (value.Kind == ValueKind.Date)
        {
            return ChineseDate(value.AsDate);
        }

        var text = value.AsText;
        if (format.Length == 0 || !TryParseTime(text, out var hour, out var minute))
        {
            return text;
        }

        return format switch
        {
            "hour" => minute == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{hour}时")
                : string.Create(CultureInfo.InvariantCulture, $"{hour}时{minute}分"),
            "halfDay" => string.Create(CultureInfo.InvariantCulture, $"{(hour < 12 ? "上午" : "下午")}{(hour > 12 ? hour - 12 : hour)}:{minute:00}"),
            _ => text,
        };
    }

    private static string Blank(string format, bool isDate) => format switch
    {
        "hour" => "××时",
        "halfDay" => "上(下)午××:××",
        _ => isDate ? "××××年××月××日" : "×××",
    };

    private static bool TryParseTime(string text, out int hour, out int minute)
    {
        hour = minute = 0;
        var parts = text.Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out hour)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minute)
            && hour is >= 0 and < 24 && minute is >= 0 and < 60;
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)(?::(?<format>hour|halfDay))?(?:\|(?<blank>[^{}]*))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
