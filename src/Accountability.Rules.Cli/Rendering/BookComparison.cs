using System.Text;
using Accountability.Rules.Comparison;
using Accountability.Rules.Model;
using static Accountability.Rules.Cli.Rendering.HtmlPage;

namespace Accountability.Rules.Cli.Rendering;

/// <summary>
/// The book's comparison page: one table per area (tiers, sanctions, restrictions, who handles or
/// hosts, exclusions, deadlines), a row per ruleset, each listing the ruleset's items of that area
/// as <see cref="RuleSetComparer.Describe"/> gives them (the items <c>diff</c> compares).
/// </summary>
internal static class BookComparison
{
    /// <summary>
    /// The areas, each with the comparison areas (fact types the rules conclude) it gathers. A
    /// deadline is a fact type named <c>…Deadline</c> or <c>…Due</c>, as the fact catalogue names
    /// them (reportDeadline, workPlanDeadline, disclosureDeadline, annualReportDue, confirmationDue).
    /// </summary>
    private static readonly (string Id, string Title, string About, Func<string, bool> Gathers)[] Areas =
    [
        ("tiers", "Loss-severity tiers", "The tiers of a loss, lowest first, and the criteria that place a loss in one.", area => area is "tierCriterion" or "lossTier"),
        ("sanctions", "Sanctions", "The measures and pay deductions prescribed for a tier and a responsibility (the sanction matrix).", area => area is "sanction"),
        ("restrictions", "Promotion restrictions", "The restrictions that follow a measure or a discipline sanction.", area => area is "restriction" or "promotionRestriction"),
        ("hosts", "Who handles or hosts", "Who investigates and handles the matter, or hosts the interview.", area => area is "authority" or "interviewHost"),
        ("exclusions", "Exclusions", "What the ruleset leaves out of its scope, or out of the counted loss.", area => area is "scopeFlag" or "excludedLoss"),
        ("deadlines", "Deadlines", "The dates and periods the text sets for reports, plans, confirmations and disclosures.", area => area.EndsWith("Deadline", StringComparison.Ordinal) || area.EndsWith("Due", StringComparison.Ordinal)),
    ];

    public static string Page(Book book)
    {
        const string title = "Comparison across rulesets";
        var html = Start(title);
        Book.Navigation(html);
        html.Append("<h1>").Append(E(title)).Append("</h1>\n<p>One table per area, a row per ruleset. Each entry is a rule (or a table's row) of the ruleset, with its article and what it concludes; the links lead to the rule beside its article. <code>accountability diff</code> compares two rulesets item by item in the same terms.</p>\n<p>");
        html.AppendJoin(" · ", Areas.Select(a => $"<a href=\"#compare-{a.Id}\">{E(a.Title)}</a>")).Append("</p>\n");
        var described = book.RuleSets.Select(r => (RuleSet: r, Items: RuleSetComparer.Describe(r))).ToList();
        foreach (var (id, areaTitle, about, gathers) in Areas)
        {
            html.Append("<h2 id=\"compare-").Append(id).Append("\">").Append(E(areaTitle)).Append("</h2>\n<p class=\"note\">").Append(E(about)).Append("</p>\n<table id=\"table-").Append(id)
                .Append("\">\n<thead><tr><th>ruleset</th>").Append(id == "tiers" ? "<th>tiers</th>" : string.Empty).Append("<th>rules</th></tr></thead>\n<tbody>\n");
            foreach (var (ruleSet, items) in described)
            {
                html.Append("<tr data-ruleset=\"").Append(E(ruleSet.Id)).Append("\"><th>").Append(Book.Link(ruleSet)).Append("</th>");
                if (id == "tiers")
                {
                    html.Append("<td class=\"tiers\">");
                    Tiers(html, ruleSet, items);
                    html.Append("</td>");
                }

                html.Append("<td>");
                Rules(html, ruleSet, [.. items.Where(i => gathers(i.Area))]);
                html.Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        return End(html);
    }

    private static void Tiers(StringBuilder html, RuleSetDefinition ruleSet, IEnumerable<RuleSetItem> items)
    {
        var tiers = items.Where(i => i.Area == "tiers").ToList();
        if (tiers.Count == 0)
        {
            html.Append("<span class=\"note\">no tiers in this ruleset</span>");
            return;
        }

        foreach (var tier in tiers)
        {
            html.Append("<div class=\"tier\"><code>").Append(E(tier.Item)).Append("</code> <span lang=\"zh\" class=\"tier-name\">").Append(E(tier.Aspect("name"))).Append("</span>")
                .Append(tier.Aspect("english") is { Length: > 0 } english ? $" ({E(english)})" : string.Empty)
                .Append(ruleSet.Tiers.FirstOrDefault(t => t.Code == tier.Item)?.Citation is { } citation ? $" <span class=\"note\">[{E(Formats.Citation(citation, Book.Primary(ruleSet)))}]</span>" : string.Empty)
                .Append("</div>");
        }
    }

    private static void Rules(StringBuilder html, RuleSetDefinition ruleSet, List<RuleSetItem> items)
    {
        if (items.Count == 0)
        {
            html.Append("<span class=\"note\">none in this ruleset</span>");
            return;
        }

        var primary = Book.Primary(ruleSet);
        foreach (var item in items)
        {
            var rule = ruleSet.Rules.First(r => r.Id == item.Item);
            html.Append("<div class=\"rule\">").Append("<a href=\"").Append(E(Book.PageName(ruleSet) + "#" + Book.Anchor("rule", rule.Id))).Append("\"><code>").Append(E(rule.Id)).Append("</code></a> ")
                .Append(E(Formats.QualifyArticles(rule.Title, [rule.Citation], primary))).Append(" <span class=\"note\">[").Append(E(Formats.Brackets([rule.Citation], rule.PolicyId is null ? [] : [rule.PolicyId], primary).Trim('[', ']'))).Append("]</span>")
                .Append("<br><code class=\"note\">").Append(E(item.Aspect("then"))).Append("</code></div>");
        }
    }
}
