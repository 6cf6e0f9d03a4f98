using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Cli.Rendering;

/// <summary>
/// <c>accountability validate --format json</c>: the outcome of a validation for other systems, as
/// <c>docs/schemas/validation.v1.schema.json</c> describes it: the schema version, whether it
/// succeeded and the exit code, the rulesets that loaded, the case files skipped and every
/// diagnostic (load errors and verification findings) with its id, severity, position, message and hint.
/// </summary>
internal static class ValidationJson
{
    /// <summary>The document, indented, with a final line feed.</summary>
    public static string Write(RuleSetValidation validation, int exitCode)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("schemaVersion", "1.0");
            json.WriteBoolean("succeeded", validation.Succeeded);
            json.WriteNumber("exitCode", exitCode);
            json.WriteNumber("files", validation.FileCount);
            json.WriteStartArray("rulesets");
            foreach (var set in validation.RuleSets)
            {
                json.WriteStartObject();
                json.WriteString("id", set.RuleSet.Id);
                json.WriteString("version", set.RuleSet.Version);
                json.WriteString("file", set.FileName);
                json.WriteNumber("rules", set.RuleSet.Rules.Length);
                json.WriteStartArray("parents");
                foreach (var parent in set.RuleSet.Parents)
                {
                    json.WriteStartObject();
                    json.WriteString("id", parent.Id);
                    json.WriteString("version", parent.Version);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("skippedCaseFiles");
            foreach (var file in validation.SkippedCaseFiles)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in validation.Diagnostics)
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

                json.WriteString("message", diagnostic.Message);
                json.WriteString("hint", diagnostic.Hint);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
