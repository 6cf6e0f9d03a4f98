using static Accountability.Rules.Facts.Definitions.FieldShorthand;

namespace Accountability.Rules.Facts.Definitions;

/// <summary>
/// Fact types for documents filled in from a case (a notice, minutes): the template lines a
/// ruleset states as data, and the values its rules give the placeholders. The evaluation fills
/// each template line with the values of its document and subject.
/// </summary>
internal static class DocumentFacts
{
    public static void Define(FactCatalogBuilder builder)
    {
        builder.Add("documentLine", Out, "One line of a document template, with placeholders {field} (a date as 2024年3月5日; {field:hour} a time as 9时30分, {field:halfDay} as 上午9:30).",
            ("document", ValueKind.Text, Req, "The template id, e.g. notice or minutes."),
            ("subject", ValueKind.Text, Req, "What the document is filled in for, e.g. an interview id."),
            ("title", ValueKind.Text, Req, "The document's title as the template names it."),
            ("line", ValueKind.Number, Req, "The line's position, from 1."),
            ("text", ValueKind.Text, Req, "The line as the template writes it, its blanks replaced by placeholders."));
        builder.Add("documentField", Out, "The value a placeholder takes in the documents of a subject.",
            ("subject", ValueKind.Text, Req, "What the documents are filled in for, e.g. an interview id."),
            ("field", ValueKind.Text, Req, "The placeholder's name."),
            ("text", ValueKind.Text, Opt, "A text value."),
            ("date", ValueKind.Date, Opt, "A date value."));
    }
}
