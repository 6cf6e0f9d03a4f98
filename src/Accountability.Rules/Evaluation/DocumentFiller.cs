using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Runtime.InteropServices;
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
internal static class DocumentFiller
{
    /// <summary>The types this filler reads; the result shows them as documents, not as conclusions.</summary>
    public static ImmutableArray<string> Types { get; } = [LineType, FieldType];

    /// <summary>The type of a template line.</summary>
    public const string LineType = "documentLine";

    /// <summary>The type of a placeholder's value.</summary>
    public const string FieldType = "documentField";

    /// <summary>
    /// The documents of a session: one per document and subject, its lines in line order, each
    /// placeholder filled with the distinct values of its field for that subject.
    /// </summary>
    /// <param name="lines">The <c>documentLine</c> facts, in canonical order (by document, then subject: a document's lines are together).</param>
    /// <param name="fields">The <c>documentField</c> facts, in canonical order (by subject, then field: a subject's values are together).</param>
    /// <param name="tables">The ruleset's templates, read when it was compiled.</param>
    /// <param name="provenance">The provenance of the lines and values.</param>
    /// <param name="text">Where lines are filled, cleared before each (the projector's, kept from case to case).</param>
    public static ImmutableArray<FilledDocument> Fill(FactList lines, FactList fields, ProjectionTables tables, ProvenanceBuilder provenance, StringBuilder text)
    {
        if (lines.IsEmpty)
        {
            return [];
        }

        var line = new LineFields(lines[0].Schema);
        var field = fields.IsEmpty ? default : new FieldFields(fields[0].Schema);
        var documents = ImmutableArray.CreateBuilder<FilledDocument>();
        var start = 0;
        while (start < lines.Length)
        {
            var document = lines[start][line.Document].AsText;
            var subject = lines[start][line.Subject].AsText;
            var end = start + 1;
            while (end < lines.Length && lines[end][line.Document].AsText == document && lines[end][line.Subject].AsText == subject)
            {
                end++;
            }

            var ordered = InLineOrder(lines.AsSpan(start, end - start), line.Line);
            var values = OfSubject(fields.AsSpan(), field.Subject, subject);
            var filled = new string[ordered.Length];
            ImmutableArray<string>.Builder? unfilled = null;
            for (var i = 0; i < ordered.Length; i++)
            {
                var template = tables.Template(ordered[i][line.Text].AsText);
                filled[i] = template.Segments.IsEmpty ? template.Text : Fill(template, values, field, text, ref unfilled);
            }

            documents.Add(new FilledDocument(
                document,
                subject,
                ordered[0][line.Title].AsText,
                ImmutableCollectionsMarshal.AsImmutableArray(filled),
                unfilled is null ? [] : unfilled.ToImmutable(),
                provenance.Of(ordered, values)));
            start = end;
        }

        return documents.ToImmutable();
    }

    /// <summary>A line with placeholders filled; the names of the fields without a value are added to <paramref name="unfilled"/> once.</summary>
    private static string Fill(DocumentTemplate template, ReadOnlySpan<Fact> values, FieldFields field, StringBuilder text, ref ImmutableArray<string>.Builder? unfilled)
    {
        text.Clear();
        foreach (var segment in template.Segments)
        {
            if (segment.Placeholder is not { } placeholder)
            {
                text.Append(segment.Literal);
            }
            else if (!AppendValues(text, values, field, placeholder))
            {
                text.Append(placeholder.Blank);
                unfilled ??= ImmutableArray.CreateBuilder<string>();
                if (!unfilled.Contains(placeholder.Name))
                {
                    unfilled.Add(placeholder.Name);
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Appends the distinct values of a placeholder's field, in their order, joined with 、; false when it has none.</summary>
    private static bool AppendValues(StringBuilder text, ReadOnlySpan<Fact> values, FieldFields field, DocumentTemplate.Placeholder placeholder)
    {
        var written = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i][field.Name].AsText != placeholder.Name)
            {
                continue;
            }

            var value = Value(values[i], field);
            if (value.IsNull || SeenBefore(values[..i], field, placeholder.Name, value))
            {
                continue;
            }

            if (written++ > 0)
            {
                text.Append('、');
            }

            text.Append(Format(value, placeholder.Format));
        }

        return written > 0;

        static bool SeenBefore(ReadOnlySpan<Fact> earlier, FieldFields field, string name, Value value)
        {
            foreach (var fact in earlier)
            {
                if (fact[field.Name].AsText == name && Value(fact, field).Equals(value))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A document's lines in line order: as given when they are (one title), else a stable sort by line.</summary>
    private static ReadOnlySpan<Fact> InLineOrder(ReadOnlySpan<Fact> lines, int lineIndex)
    {
        var ordered = true;
        for (var i = 1; i < lines.Length && ordered; i++)
        {
            ordered = lines[i - 1][lineIndex].AsNumber <= lines[i][lineIndex].AsNumber;
        }

        if (ordered)
        {
            return lines;
        }

        var sorted = lines.ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            var fact = sorted[i];
            var j = i - 1;
            while (j >= 0 && sorted[j][lineIndex].AsNumber > fact[lineIndex].AsNumber)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = fact;
        }

        return sorted;
    }

    /// <summary>The values of one subject: the run of the fields (in canonical order, so by subject first) that name it.</summary>
    private static ReadOnlySpan<Fact> OfSubject(ReadOnlySpan<Fact> fields, int subjectIndex, string subject)
    {
        var start = 0;
        while (start < fields.Length && fields[start][subjectIndex].AsText != subject)
        {
            start++;
        }

        var end = start;
        while (end < fields.Length && fields[end][subjectIndex].AsText == subject)
        {
            end++;
        }

        return fields[start..end];
    }

    /// <summary>A date as a Chinese document writes it: 2024年3月5日.</summary>
    internal static string ChineseDate(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static Value Value(Fact value, FieldFields field) => value[field.Date].IsNull ? value[field.Text] : value[field.Date];

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

    private static bool TryParseTime(string text, out int hour, out int minute)
    {
        hour = minute = 0;
        var parts = text.Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out hour)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minute)
            && hour is >= 0 and < 24 && minute is >= 0 and < 60;
    }

    /// <summary>The field indexes of <c>documentLine</c>.</summary>
    private readonly record struct LineFields(int Document, int Subject, int Title, int Line, int Text)
    {
        public LineFields(FactSchema schema)
            : this(schema["document"].Index, schema["subject"].Index, schema["title"].Index, schema["line"].Index, schema["text"].Index)
        {
        }
    }

    /// <summary>The field indexes of <c>documentField</c>.</summary>
    private readonly record struct FieldFields(int Subject, int Name, int Text, int Date)
    {
        public FieldFields(FactSchema schema)
            : this(schema["subject"].Index, schema["field"].Index, schema["text"].Index, schema["date"].Index)
        {
        }
    }
}
