using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Accountability.Rules.Cli.Rendering;

/// <summary>
/// The standalone HTML pages the command writes (<c>diff --format html</c>, the pages of <c>doc</c>):
/// one page shell with its inline style sheet (no script, nothing fetched) and one way of escaping
/// text. Every piece of text that goes into a page goes through <see cref="E"/>.
/// </summary>
internal static class HtmlPage
{
    /// <summary>The style sheet every page carries inline.</summary>
    private const string Style =
        "body{font-family:sans-serif;margin:2em;line-height:1.4}"
        + "table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}"
        + "td,th{border:1px solid #ccc;padding:.3em;vertical-align:top;text-align:left}"
        + "th{background:#f4f4f4}"
        + "tr.added td{background:#eaffea}tr.removed td{background:#ffecec}"
        + "code{white-space:pre-wrap}"
        + "nav{margin-bottom:1em}"
        + ".article{background:#fbf8ee;border-left:4px solid #d8c98a;padding:.4em .8em;white-space:pre-wrap;font-family:serif}"
        + ".missing{color:#a33}"
        + ".note{color:#555;font-size:.9em}"
        + ".pair{display:grid;grid-template-columns:1fr 1fr;gap:1em;border-top:1px solid #ddd;padding:.6em 0}"
        + ".rule{margin-bottom:.8em}"
        + ".wide{overflow-x:auto}table.rows{font-size:.9em}"
        + "ul.cases{margin:.2em 0;font-size:.9em}";

    /// <summary>Text escaped for an HTML element or a quoted attribute value (<c>&lt; &gt; &amp; " ' +</c>); letters of every script are kept as they are.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Escapes <paramref name="text"/> for a page; <c>null</c> gives the empty string.</summary>
    public static string E(string? text) => text is null ? string.Empty : Encoder.Encode(text);

    /// <summary>Starts a page: the document type, the head with <paramref name="title"/> and the style sheet, and the body's opening tag.</summary>
    public static StringBuilder Start(string title, string language = "en") =>
        new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"").Append(E(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(title))
            .Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");

    /// <summary>Ends a page started with <see cref="Start"/> and returns its text.</summary>
    public static string End(StringBuilder page) => page.Append("</body>\n</html>\n").ToString();
}
