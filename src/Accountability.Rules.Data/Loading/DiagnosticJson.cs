using System.Text.Json;
using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Data.Loading;

/// <summary>
/// A diagnostic as a JSON object, the same in every document this package writes for machines (the validation
/// outcome, batch error rows): <c>id</c>, <c>severity</c> (<c>error</c> or <c>warning</c>), <c>file</c>,
/// <c>line</c>, <c>column</c>, <c>message</c>, <c>hint</c>.
/// </summary>
internal static class DiagnosticJson
{
    /// <summary>How a document writes the position of a diagnostic that has none (a problem of the command line, say).</summary>
    public enum AbsentPosition
    {
        /// <summary><c>file</c>, <c>line</c> and <c>column</c> are left out (validation.v1).</summary>
        Omitted,

        /// <summary><c>file</c>, <c>line</c> and <c>column</c> are <c>null</c> (batch-error.v1).</summary>
        Null,
    }

    /// <summary>Writes <paramref name="diagnostic"/> as one object.</summary>
    public static void Write(Utf8JsonWriter json, Diagnostic diagnostic, AbsentPosition absent)
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
        else if (absent == AbsentPosition.Null)
        {
            json.WriteNull("file");
            json.WriteNull("line");
            json.WriteNull("column");
        }

        json.WriteString("message", diagnostic.Message);
        json.WriteString("hint", diagnostic.Hint);
        json.WriteEndObject();
    }
}
