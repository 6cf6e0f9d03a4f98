using System.Text;
using Accountability.Rules.Comparison;
using static Accountability.Rules.Cli.Rendering.HtmlPage;

namespace Accountability.Rules.Cli.Rendering;

/// <summary>A ruleset comparison as text, Markdown or a standalone HTML page, grouped by area.</summary>
internal static class DifferenceRenderer
{
    public static string Text(RuleSetDifference difference)
    {
        var text = new StringBuilder();
        text.Append(Summary(difference)).Append('\n');
        foreach (var area in difference.Areas)
        {
            text.Append('\n').Append('[').Append(area).Append("]\n");
            foreach (var d in difference.Differences.Where(d => d.Area == area))
            {
                text.Append(d.Kind switch
                {
                    DifferenceKind.Added => $"  + {d.Item}: {d.Right}\n",
                    DifferenceKind.Removed => $"  - {d.Item}: {d.Left}\n",
                    _ => $"  ~ {d.Item} {d.Aspect}:\n      a: {Shown(d.Left)}\n      b: {Shown(d.Right)}\n",
                });
            }
        }

        return text.ToString();
    }

    public static string Markdown(RuleSetDifference difference)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Summary(difference)).Append('\n');
        foreach (var area in difference.Areas)
        {
            text.Append("\n## ").Append(area).Append("\n\n| item | change | aspect | ").Append(Cell(difference.Left)).Append(" | ").Append(Cell(difference.Right)).Append(" |\n|---|---|---|---|---|\n");
            foreach (var d in difference.Differences.Where(d => d.Area == area))
            {
                text.Append($"| `{d.Item}` | {Kind(d.Kind)} | {d.Aspect} | {Cell(d.Left)} | {Cell(d.Right)} |\n");
            }
        }

        return text.ToString();
    }

    public static string Html(RuleSetDifference difference)
    {
        var html = HtmlPage.Start(Summary(difference));
        html.Append("<h1>").Append(E(Summary(difference))).Append("</h1>\n");
        foreach (var area in difference.Areas)
        {
            html.Append("<h2 id=\"").Append(E(area)).Append("\">").Append(E(area)).Append("</h2>\n<table>\n<thead><tr><th>item</th><th>change</th><th>aspect</th><th>")
                .Append(E(difference.Left)).Append("</th><th>").Append(E(difference.Right)).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var d in difference.Differences.Where(d => d.Area == area))
            {
                html.Append("<tr class=\"").Append(Kind(d.Kind)).Append("\"><td><code>").Append(E(d.Item)).Append("</code></td><td>").Append(Kind(d.Kind))
                    .Append("</td><td>").Append(E(d.Aspect ?? string.Empty)).Append("</td><td>").Append(E(d.Left ?? string.Empty))
                    .Append("</td><td>").Append(E(d.Right ?? string.Empty)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        return HtmlPage.End(html);
    }

    private static string Summary(RuleSetDifference difference) =>
        difference.IsEmpty
            ? $"{difference.Left} and {difference.Right}: no differences"
            : $"{difference.Left} -> {difference.Right}: {difference.Differences.Length} differences";

    private static string Kind(DifferenceKind kind) => kind switch
    {
        DifferenceKind.Added => "added",
        DifferenceKind.Removed => "removed",
        _ => "changed",
    };

    private static string Shown(string? text) => string.IsNullOrEmpty(text) ? "(none)" : text;

    private static string Cell(string? text) => (text ?? string.Empty).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
