using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Accountability.Rules.Data.Loading;

namespace Accountability.Rules.Data.Catalog;

/// <summary>
/// <see cref="RuleSetValidation.ToJson"/> (<c>accountability validate --format json</c>): the outcome of a validation for other systems, as
/// <c>docs/schemas/validation.v1.schema.json</c> describes it: the schema version, whether it
/// succeeded and the exit code, the rulesets that loaded, the case files skipped and every
/// diagnostic (load errors and verification findings) with its id, severity, position, message and hint.
/// </summary>
internal static class ValidationJson
{
    /// <summary>The version of the document's contract, <c>major.minor</c>.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>The document, indented, with a final line feed.</summary>
    public static string Write(RuleSetValidation validation)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("schemaVersion", SchemaVersion);
            json.WriteBoolean("succeeded", validation.Succeeded);
            json.WriteNumber("exitCode", validation.ExitCode);
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
                DiagnosticJson.Write(json, diagnostic, DiagnosticJson.AbsentPosition.Omitted);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
