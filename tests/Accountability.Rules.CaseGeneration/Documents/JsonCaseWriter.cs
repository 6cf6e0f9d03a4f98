using System.Text;

namespace Accountability.Rules.CaseGeneration.Documents;

/// <summary>
/// Writes a case document as JSON, which the case loader reads as YAML flow style: mappings of a
/// list one per line, lists of scalars inline. Numbers are written as their literal unless the
/// scalar asks to be quoted (JSON producers quote exact decimals; case files accept both); booleans
/// as JSON's <c>true</c> and <c>false</c>, whatever YAML spelling the scalar has.
/// </summary>
internal static class JsonCaseWriter
{
    public static string Write(CaseMapping root)
    {
        var text = new StringBuilder();
        Node(text, 0, root);
        return text.Append('\n').ToString();
    }

    /// <summary>The document on one line (a JSON Lines row), without a line feed.</summary>
    public static string WriteLine(CaseMapping root) => Inline(root);

    private static void Node(StringBuilder text, int indent, CaseNode node)
    {
        switch (node)
        {
            case CaseMapping { Flow: false, Entries.Count: > 0 } mapping:
                text.Append("{\n");
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    text.Append(' ', indent + 2).Append(String(mapping.Entries[i].Key)).Append(": ");
                    Node(text, indent + 2, mapping.Entries[i].Value);
                    text.Append(i < mapping.Entries.Count - 1 ? ",\n" : "\n");
                }

                text.Append(' ', indent).Append('}');
                break;
            case CaseSequence { Items.Count: > 0 } sequence when sequence.Items.Any(i => i is not CaseScalar):
                text.Append("[\n");
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    text.Append(' ', indent + 2);
                    Node(text, indent + 2, sequence.Items[i]);
                    text.Append(i < sequence.Items.Count - 1 ? ",\n" : "\n");
                }

                text.Append(' ', indent).Append(']');
                break;
            default:
                text.Append(Inline(node));
                break;
        }
    }

    private static string Inline(CaseNode node) => node switch
    {
        CaseScalar scalar => Scalar(scalar),
        CaseMapping { Entries.Count: 0 } => "{}",
        CaseMapping mapping => "{ " + string.Join(", ", mapping.Entries.Select(e => String(e.Key) + ": " + Inline(e.Value))) + " }",
        CaseSequence sequence => "[" + string.Join(", ", sequence.Items.Select(Inline)) + "]",
        _ => throw new ArgumentException($"Unknown node. Type={node.GetType().Name}", nameof(node)),
    };

    private static string Scalar(CaseScalar scalar) => scalar.Kind switch
    {
        // JSON has only true and false: a YAML spelling such as True or FALSE is written as JSON's.
        ScalarKind.Boolean => scalar.Text.ToLowerInvariant(),
        ScalarKind.Number when !scalar.Quoted => scalar.Text,
        _ => String(scalar.Text),
    };

    private static string String(string text) => YamlCaseWriter.Quote(text);
}
