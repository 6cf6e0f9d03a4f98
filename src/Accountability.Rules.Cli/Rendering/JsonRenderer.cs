using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Accountability.Rules.Evaluation;

namespace Accountability.Rules.Cli.Rendering;

/// <summary>
/// Renders a <see cref="CaseResult"/> as indented camelCase JSON for other systems. Decimals are
/// strings (invariant, no exponent, trailing zeros trimmed) so that no reader rounds them; dates are
/// ISO; Chinese text is written as is. Absent values are <c>null</c>, never left out.
/// </summary>
internal static class JsonRenderer
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Render(CaseResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            var writer = new ResultJsonWriter(json, result.PrimaryDocumentId);
            writer.Write(result);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
