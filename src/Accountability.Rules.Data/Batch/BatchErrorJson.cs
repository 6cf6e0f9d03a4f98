using System.Text.Json;
using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Data.Batch;

/// <summary>
/// Writes the error row of a case a batch could not evaluate: <c>schemaVersion</c>, <c>status</c>
/// <c>"error"</c>, <c>source</c>, <c>line</c> and <c>diagnostics[]</c> (<c>id</c>, <c>severity</c>,
/// <c>file</c>, <c>line</c>, <c>column</c>, <c>message</c>, <c>hint</c>), as
/// <c>docs/schemas/batch-error.v1.schema.json</c> describes.
/// </summary>
internal static class BatchErrorJson
{
    /// <summary>The version of the error row's contract, <c>major.minor</c>.</summary>
    public const string SchemaVersion = "1.0";

    public static void Write(Utf8JsonWriter json, BatchResult row)
    {
        json.WriteStartObject();
        json.WriteString("schemaVersion", SchemaVersion);
        json.WriteString("status", "error");
        json.WriteString("source", row.Source);
        json.WriteNumber("line", row.Line);
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in row.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning");
            if (diagnostic.Location is { } at)
            {
                json.WriteString("file", at.File);
                json.WriteNumber("line", at.Line);
                json.WriteNumber("column", at.Column);
            }
            else
            {
                json.WriteNull("file");
                json.WriteNull("line");
                json.WriteNull("column");
            }

            json.WriteString("message", diagnostic.Message);
            json.WriteString("hint", diagnostic.Hint);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
