using System.Text.Json;
using Accountability.Rules.Data.Loading;

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
            DiagnosticJson.Write(json, diagnostic, DiagnosticJson.AbsentPosition.Null);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
