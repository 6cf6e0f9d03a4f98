using System.Globalization;
using System.Text;

namespace Accountability.Rules.CaseGeneration.Documents;

/// <summary>
/// Writes a case document as YAML: block mappings and sequences, with flow style where a node asks
/// for it and for lists of scalars (<c>conduct: [decisive-role, Y09-06]</c>). Text is written plain
/// only where YAML reads it back as the same text; otherwise it is double-quoted.
/// </summary>
internal static class YamlCaseWriter
{
    private static readonly string[] Reserved =
        ["null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N"];

    /// <summary>The document as YAML, after a comment of <paramref name="comment"/>'s lines when given.</summary>
    public static string Write(CaseMapping root, IEnumerable<string>? comment = null)
    {
        var text = new StringBuilder();
        foreach (var line in comment ?? [])
        {
            text.Append("# ").Append(line).Append('\n');
        }

        foreach (var (key, value) in root.Entries)
        {
            Entry(text, 0, key, value, indentKey: true);
        }

        return text.ToString();
    }

    private static void Entry(StringBuilder text, int indent, string key, CaseNode value, bool indentKey)
    {
        if (indentKey)
        {
            text.Append(' ', indent);
        }

        text.Append(key).Append(':');
        switch (value)
        {
            case CaseMapping { Flow: false, Entries.Count: > 0 } mapping:
                text.Append('\n');
                foreach (var (k, v) in mapping.Entries)
                {
                    Entry(text, indent + 2, k, v, indentKey: true);
                }

                break;
            case CaseSequence { Items.Count: > 0 } sequence when sequence.Items.Any(i => i is not CaseScalar):
                text.Append('\n');
                foreach (var item in sequence.Items)
                {
                    Item(text, indent + 2, item);
                }

                break;
            default:
                text.Append(' ').Append(Flow(value)).Append('\n');
                break;
        }
    }

    private static void Item(StringBuilder text, int indent, CaseNode item)
    {
        text.Append(' ', indent).Append("- ");
        if (item is CaseMapping { Flow: false, Entries.Count: > 0 } mapping)
        {
            for (var i = 0; i < mapping.Entries.Count; i++)
            {
                Entry(text, indent + 2, mapping.Entries[i].Key, mapping.Entries[i].Value, indentKey: i > 0);
            }
        }
        else
        {
            text.Append(Flow(item)).Append('\n');
        }
    }

    private static string Flow(CaseNode node) => node switch
    {
        CaseScalar scalar => Scalar(scalar),
        CaseMapping { Entries.Count: 0 } => "{}",
        CaseMapping mapping => "{ " + string.Join(", ", mapping.Entries.Select(e => e.Key + ": " + Flow(e.Value))) + " }",
        CaseSequence sequence => "[" + string.Join(", ", sequence.Items.Select(Flow)) + "]",
        _ => throw new ArgumentException($"Unknown node. Type={node.GetType().Name}", nameof(node)),
    };

    private static string Scalar(CaseScalar scalar) => scalar.Kind switch
    {
        ScalarKind.Text => scalar.Quoted || !IsSafePlain(scalar.Text) ? Quote(scalar.Text) : scalar.Text,
        ScalarKind.Number or ScalarKind.Date => scalar.Quoted ? Quote(scalar.Text) : scalar.Text,
        _ => scalar.Text,
    };

    /// <summary>Whether text written plain, in block or flow context, reads back as the same text.</summary>
    internal static bool IsSafePlain(string text)
    {
        if (text.Length == 0 || Reserved.Contains(text, StringComparer.Ordinal) || !char.IsLetterOrDigit(text[0])
            || decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }

        return text.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' || (c > '\u2000' && !char.IsWhiteSpace(c)));
    }

    internal static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\t' => quoted.Append("\\t"),
                < ' ' => quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
