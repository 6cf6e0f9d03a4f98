using System.Collections.Immutable;
using System.Text;
using Accountability.Rules.Comparison;
using Accountability.Rules.Model;
using static Accountability.Rules.Cli.Rendering.HtmlPage;

namespace Accountability.Rules.Cli.Rendering;

/// <summary>
/// A ruleset's page of the book: the header and documents, the tables (the rules expanded from a
/// table, one row each), the rules beside the original text of the articles they implement, each
/// with the test cases that fire it, the policies, the scales and the code lists.
/// </summary>
internal static class BookRuleSetPage
{
    public static string Page(Book book, RuleSetDefinition ruleSet)
    {
        var title = $"{ruleSet.Id} {ruleSet.Version}: {ruleSet.Title}";
        var html = Start(title);
        Book.Navigation(html);
        var primary = Book.Primary(ruleSet);
        var items = RuleSetComparer.Describe(ruleSet).ToDictionary(i => (i.Area, i.Item));
        var rules = ruleSet.Rules.ToDictionary(r => r.Id, r => items[(RuleSetComparer.Area(r), r.Id)], StringComparer.Ordinal);
        var cases = book.CasesOf(ruleSet);

        html.Append("<h1><span lang=\"zh\">").Append(E(ruleSet.Title)).Append("</span></h1>\n<p>");
        if (ruleSet.TitleEnglish is { } english)
        {
            html.Append(E(english)).Append(". ");
        }

        html.Append("Ruleset <code>").Append(E(ruleSet.Id)).Append("</code> version ").Append(E(ruleSet.Version))
            .Append(", in force ").Append(E(Book.InForce(ruleSet)))
            .Append(ruleSet.InForceCitation is { } inForce ? $" [{E(Formats.Citation(inForce, primary))}]" : string.Empty)
            .Append(ruleSet.Parents.IsEmpty ? string.Empty : $"; extends {E(string.Join(" <- ", ruleSet.Parents))}")
            .Append("; amounts in ").Append(E(ruleSet.Currency))
            .Append(ruleSet.CalendarId is { } calendar ? $"; working days of the calendar {E(calendar)}" : string.Empty)
            .Append(ruleSet.DecisiveDates.IsEmpty ? "; the case's decision date decides whether the rules apply" : $"; the date that decides whether the rules apply: {E(string.Join(", ", ruleSet.DecisiveDates.Select(d => $"{d.FactType}.{d.Field}")))}")
            .Append(". ").Append(Book.Count(ruleSet.Rules.Length)).Append(" rules; ").Append(Book.Count(cases.Length)).Append(" test cases run under it.</p>\n")
            .Append("<p><a href=\"#tables\">Tables</a> · <a href=\"#articles\">Rules and articles</a> · <a href=\"#policies\">Policies</a> · <a href=\"#scales\">Tiers and responsibilities</a> · <a href=\"#codes\">Code lists</a> · <a href=\"#cases\">Test cases</a></p>\n");

        Documents(html, ruleSet);
        Tables(html, ruleSet, rules, cases);
        Articles(html, book, ruleSet, rules, cases);
        Policies(html, book, ruleSet);
        Scales(html, ruleSet);
        CodeLists(html, ruleSet);
        Cases(html, ruleSet, cases);
        return End(html);
    }

    private static void Documents(StringBuilder html, RuleSetDefinition ruleSet)
    {
        html.Append("<h2 id=\"documents\">Documents</h2>\n<table>\n<thead><tr><th>id</th><th>title</th><th>number</th><th>source</th></tr></thead>\n<tbody>\n");
        foreach (var document in ruleSet.Documents)
        {
            html.Append("<tr><td><code>").Append(E(document.Id)).Append("</code></td><td lang=\"zh\">").Append(E(document.Title)).Append("</td><td lang=\"zh\">")
                .Append(E(document.Number)).Append("</td><td><code>").Append(E(document.Source)).Append("</code></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>The rules expanded from a table (ids <c>table/row…</c>), one HTML table per table: a row per rule, a column per field it concludes.</summary>
    private static void Tables(StringBuilder html, RuleSetDefinition ruleSet, Dictionary<string, RuleSetItem> rules, ImmutableArray<BookCase> cases)
    {
        html.Append("<h2 id=\"tables\">Tables</h2>\n");
        var tables = ruleSet.Rules.Where(r => r.Id.Contains('/', StringComparison.Ordinal)).GroupBy(r => r.Id[..r.Id.IndexOf('/', StringComparison.Ordinal)]).ToList();
        if (tables.Count == 0)
        {
            html.Append("<p>This ruleset has no tables: every rule is written out (see below).</p>\n");
            return;
        }

        var primary = Book.Primary(ruleSet);
        foreach (var table in tables)
        {
            // A column per field some row sets to a constant; a field every row binds (person = r.person) tells nothing.
            var fields = table.SelectMany(r => r.Actions.Take(1).SelectMany(a => a.Fields)).Where(f => f.Value is ConstantExpression).Select(f => f.Field).Distinct(StringComparer.Ordinal).ToList();
            html.Append("<h3 id=\"").Append(E(Book.Anchor("table", table.Key))).Append("\"><code>").Append(E(table.Key)).Append("</code></h3>\n<div class=\"wide\"><table class=\"rows\">\n<thead><tr><th>row</th><th>when</th>");
            foreach (var field in fields)
            {
                html.Append("<th>").Append(E(field)).Append("</th>");
            }

            html.Append("<th>cites</th><th>policy</th><th>cases</th></tr></thead>\n<tbody>\n");
            foreach (var rule in table)
            {
                var values = rule.Actions.Take(1).SelectMany(a => a.Fields).ToDictionary(f => f.Field, f => Value(f.Value), StringComparer.Ordinal);
                html.Append("<tr><td><a href=\"#").Append(E(Book.Anchor("rule", rule.Id))).Append("\"><code>").Append(E(rule.Id)).Append("</code></a></td><td><code>")
                    .Append(E(rules[rule.Id].Aspect("when"))).Append("</code></td>");
                foreach (var field in fields)
                {
                    html.Append("<td>").Append(E(values.GetValueOrDefault(field))).Append("</td>");
                }

                html.Append("<td>").Append(E(Formats.Citation(rule.Citation, primary))).Append("</td><td>").Append(PolicyLink(rule.PolicyId))
                    .Append("</td><td>").Append(Book.Count(cases.Count(c => c.RulesFired.Contains(rule.Id)))).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table></div>\n");
        }

    }

    /// <summary>Every rule beside the original text of the article it cites: one pair per article, in the order the rules first cite it.</summary>
    private static void Articles(StringBuilder html, Book book, RuleSetDefinition ruleSet, Dictionary<string, RuleSetItem> rules, ImmutableArray<BookCase> cases)
    {
        var primary = Book.Primary(ruleSet);
        html.Append("<h2 id=\"articles\">Rules and the articles they implement</h2>\n<p class=\"note\">On the left the original text of the article as the source gives it; on the right the rules that cite it, with the cases of the test suites that fire each.</p>\n");
        foreach (var article in ruleSet.Rules.GroupBy(r => r.Citation))
        {
            html.Append("<div class=\"pair\">\n<div>\n<h3>").Append(E(CitationName(ruleSet, article.Key))).Append("</h3>\n");
            Article(html, book, ruleSet, article.Key);
            html.Append("</div>\n<div>\n");
            foreach (var rule in article)
            {
                var item = rules[rule.Id];
                html.Append("<div class=\"rule\" id=\"").Append(E(Book.Anchor("rule", rule.Id))).Append("\"><strong><code>").Append(E(rule.Id)).Append("</code></strong> ")
                    .Append(E(Formats.QualifyArticles(rule.Title, [rule.Citation], primary)));
                if (rule.PolicyId is not null)
                {
                    html.Append(" <span class=\"note\">policy: ").Append(PolicyLink(rule.PolicyId)).Append("</span>");
                }

                if (item.Aspect("inForce") is { Length: > 0 } inForce)
                {
                    html.Append(" <span class=\"note\">in force ").Append(E(inForce)).Append("</span>");
                }

                html.Append("<br><span class=\"note\">when</span> <code>").Append(E(item.Aspect("when"))).Append("</code><br><span class=\"note\">then</span> <code>")
                    .Append(E(item.Aspect("then"))).Append("</code>\n");
                var firing = cases.Where(c => c.RulesFired.Contains(rule.Id)).ToList();
                if (firing.Count == 0)
                {
                    html.Append("<div class=\"note\">fired by no test case</div>\n");
                }
                else
                {
                    html.Append("<details><summary>fired by ").Append(Book.Count(firing.Count)).Append(" test case(s)</summary><ul class=\"cases\">");
                    foreach (var testCase in firing)
                    {
                        html.Append("<li>").Append(E(testCase.Name)).Append(" <span class=\"note\">(").Append(E(testCase.Where)).Append(")</span></li>");
                    }

                    html.Append("</ul></details>\n");
                }

                html.Append("</div>\n");
            }

            html.Append("</div>\n</div>\n");
        }
    }

    private static void Policies(StringBuilder html, Book book, RuleSetDefinition ruleSet)
    {
        html.Append("<h2 id=\"policies\">Policies</h2>\n<p class=\"note\">The ruleset's readings where the text is silent or ambiguous: explanations show a conclusion that rests on one as policy, not as the text.</p>\n");
        if (ruleSet.Policies.IsEmpty)
        {
            html.Append("<p>None.</p>\n");
        }

        foreach (var policy in ruleSet.Policies)
        {
            html.Append("<div class=\"pair\" id=\"").Append(E(Book.Anchor("policy", policy.Id))).Append("\">\n<div>\n<h3><code>").Append(E(policy.Id)).Append("</code> ").Append(E(policy.Title)).Append("</h3>\n<p>")
                .Append(E(policy.Statement)).Append("</p>\n");
            var applying = ruleSet.Rules.Where(r => r.PolicyId == policy.Id).ToList();
            html.Append("<p class=\"note\">").Append(applying.Count == 0 ? "No rule names it (a reading of the ruleset's declarations, or one the rules follow without naming it)." : "Rules that apply it: ")
                .AppendJoin(", ", applying.Select(r => $"<a href=\"#{E(Book.Anchor("rule", r.Id))}\"><code>{E(r.Id)}</code></a>"))
                .Append("</p>\n</div>\n<div>\n");
            if (policy.Citation is { } citation)
            {
                html.Append("<h3>").Append(E(CitationName(ruleSet, citation))).Append("</h3>\n");
                Article(html, book, ruleSet, citation);
            }
            else
            {
                html.Append("<p class=\"note\">cites no article</p>\n");
            }

            html.Append("</div>\n</div>\n");
        }
    }

    private static void Scales(StringBuilder html, RuleSetDefinition ruleSet)
    {
        html.Append("<h2 id=\"scales\">Tiers and responsibilities</h2>\n<h3>Loss-severity tiers, lowest first</h3>\n");
        Codes(html, ruleSet, ruleSet.Tiers, "tiers");
        html.Append("<h3>Responsibility types, lowest precedence first</h3>\n");
        Codes(html, ruleSet, ruleSet.Responsibilities, "responsibilities");
    }

    private static void CodeLists(StringBuilder html, RuleSetDefinition ruleSet)
    {
        html.Append("<h2 id=\"codes\">Code lists</h2>\n");
        if (ruleSet.CodeLists.IsEmpty)
        {
            html.Append("<p>None.</p>\n");
        }

        foreach (var (list, codes) in ruleSet.CodeLists)
        {
            html.Append("<h3 id=\"").Append(E(Book.Anchor("codes", list))).Append("\"><code>").Append(E(list)).Append("</code></h3>\n");
            Codes(html, ruleSet, codes, list);
        }
    }

    private static void Codes(StringBuilder html, RuleSetDefinition ruleSet, ImmutableArray<CodeDefinition> codes, string name)
    {
        if (codes.IsEmpty)
        {
            html.Append("<p>None in this ruleset.</p>\n");
            return;
        }

        var primary = Book.Primary(ruleSet);
        var grouped = codes.Any(c => c.Group is not null);
        html.Append("<table id=\"").Append(E(Book.Anchor("list", name))).Append("\">\n<thead><tr><th>code</th><th>name</th><th>English</th>").Append(grouped ? "<th>group</th>" : string.Empty).Append("<th>cites</th></tr></thead>\n<tbody>\n");
        foreach (var code in codes)
        {
            html.Append("<tr><td><code>").Append(E(code.Code)).Append("</code></td><td lang=\"zh\">").Append(E(code.Name)).Append("</td><td>").Append(E(code.English)).Append("</td>")
                .Append(grouped ? $"<td lang=\"zh\">{E(code.Group)}</td>" : string.Empty)
                .Append("<td>").Append(code.Citation is { } citation ? E(Formats.Citation(citation, primary)) : string.Empty).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Cases(StringBuilder html, RuleSetDefinition ruleSet, ImmutableArray<BookCase> cases)
    {
        var fired = ruleSet.Rules.Count(r => cases.Any(c => c.RulesFired.Contains(r.Id)));
        html.Append("<h2 id=\"cases\">Test cases</h2>\n<p>").Append(Book.Count(cases.Length)).Append(" test case(s) ran under this ruleset; they fire ")
            .Append(Book.Count(fired)).Append(" of its ").Append(Book.Count(ruleSet.Rules.Length)).Append(" rules.</p>\n");
        if (cases.IsEmpty)
        {
            return;
        }

        html.Append("<table id=\"case-list\">\n<thead><tr><th>case</th><th>suite</th><th>outcome</th><th>rules fired</th></tr></thead>\n<tbody>\n");
        foreach (var testCase in cases)
        {
            html.Append("<tr><td>").Append(E(testCase.Name)).Append("</td><td>").Append(E(testCase.Where)).Append("</td><td>").Append(testCase.Passed ? "passed" : "<strong class=\"missing\">failed</strong>").Append("</td><td>")
                .Append(string.Join(", ", ruleSet.Rules.Where(r => testCase.RulesFired.Contains(r.Id)).Select(r => $"<a href=\"#{E(Book.Anchor("rule", r.Id))}\"><code>{E(r.Id)}</code></a>")))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Article(StringBuilder html, Book book, RuleSetDefinition ruleSet, Citation citation)
    {
        if (book.Article(ruleSet, citation) is { } article)
        {
            html.Append("<div class=\"article\" lang=\"zh\">").Append(E(article.Text)).Append("</div>\n<div class=\"note\">").Append(E(article.Citation.Article)).Append(" of <span lang=\"zh\">").Append(E(article.Document.Title)).Append("</span>, from <code>").Append(E(article.Document.Source)).Append("</code></div>\n");
        }
        else
        {
            html.Append("<p class=\"missing\">The text of this article was not found in the sources.</p>\n");
        }
    }

    /// <summary>A citation as a heading: the article, with the document's title when it is not the ruleset's own.</summary>
    private static string CitationName(RuleSetDefinition ruleSet, Citation citation)
    {
        if (citation.DocumentId == Book.Primary(ruleSet))
        {
            return citation.Article;
        }

        var document = ruleSet.Documents.FirstOrDefault(d => d.Id == citation.DocumentId);
        return document is null ? citation.ToString() : $"{citation.Article} of {document.Title} ({citation.DocumentId})";
    }

    private static string PolicyLink(string? policyId) =>
        policyId is null ? string.Empty : $"<a href=\"#{E(Book.Anchor("policy", policyId))}\"><code>{E(policyId)}</code></a>";

    /// <summary>A field's value as a table cell: a text constant without its quotes, any other expression as the rule writes it.</summary>
    private static string Value(ExpressionElement value) => value is ConstantExpression constant ? constant.Value.ToString() : value.ToString() ?? string.Empty;
}
