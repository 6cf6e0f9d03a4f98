using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Accountability.Rules.Comparison;
using Accountability.Rules.Data.Sources;
using Accountability.Rules.Model;
using static Accountability.Rules.Cli.Rendering.HtmlPage;

namespace Accountability.Rules.Cli.Rendering;

/// <summary>A test case of a suite as the book lists it: the ruleset it ran under, its name and place, whether it passed, and the rules it fired.</summary>
/// <param name="RuleSetId">The id of the ruleset it ran under.</param>
/// <param name="Version">That ruleset's version.</param>
/// <param name="Name">The case's name in its suite.</param>
/// <param name="Where">The suite file and line, as the book shows it.</param>
/// <param name="Passed">Whether the case met its expectations.</param>
/// <param name="RulesFired">The ids of the rules it fired.</param>
internal sealed record BookCase(string RuleSetId, string Version, string Name, string Where, bool Passed, ImmutableHashSet<string> RulesFired);

/// <summary>
/// The HTML book of a set of rulesets (<c>accountability doc</c>): an index page, one page per
/// ruleset (each rule beside the original text of the article it implements, the tables as tables,
/// the policies, code lists and the test cases that fire each rule) and a comparison page across
/// the rulesets. Static, self-contained pages (inline style sheet, no script); the same input gives
/// the same bytes. The rules' conditions and conclusions are given as <see cref="RuleSetComparer.Describe"/>
/// words them, so the book and <c>diff</c> say the same of a rule.
/// </summary>
internal sealed class Book
{
    /// <summary>The index page's file name.</summary>
    public const string IndexPage = "index.html";

    /// <summary>The comparison page's file name.</summary>
    public const string ComparisonPage = "compare.html";

    private readonly Func<RuleSetDefinition, Citation, CitedText?> _article;

    /// <summary>Creates the book of <paramref name="ruleSets"/>.</summary>
    /// <param name="ruleSets">The rulesets, in the order the index lists them.</param>
    /// <param name="cases">The test cases run under them.</param>
    /// <param name="casesSource">Where the test cases come from, as the index says it (e.g. the suites' folder), or why there are none.</param>
    /// <param name="article">The original text of a ruleset's cited article, <c>null</c> when it is not found.</param>
    public Book(ImmutableArray<RuleSetDefinition> ruleSets, ImmutableArray<BookCase> cases, string casesSource, Func<RuleSetDefinition, Citation, CitedText?> article)
    {
        RuleSets = ruleSets;
        Cases = cases;
        CasesSource = casesSource;
        _article = article;
    }

    /// <summary>The rulesets.</summary>
    public ImmutableArray<RuleSetDefinition> RuleSets { get; }

    /// <summary>The test cases.</summary>
    public ImmutableArray<BookCase> Cases { get; }

    /// <summary>Where the test cases come from.</summary>
    public string CasesSource { get; }

    /// <summary>The file name of a ruleset's page, e.g. <c>yibin-2020-1.0.0.html</c>.</summary>
    public static string PageName(RuleSetDefinition ruleSet) => $"{Safe(ruleSet.Id)}-{Safe(ruleSet.Version)}.html";

    /// <summary>Every page: its file name and its HTML, the index first.</summary>
    public ImmutableArray<(string File, string Html)> Pages()
    {
        var pages = ImmutableArray.CreateBuilder<(string, string)>();
        pages.Add((IndexPage, Index()));
        pages.Add((ComparisonPage, BookComparison.Page(this)));
        foreach (var ruleSet in RuleSets)
        {
            pages.Add((PageName(ruleSet), BookRuleSetPage.Page(this, ruleSet)));
        }

        return pages.ToImmutable();
    }

    /// <summary>The cases run under a ruleset (id and version), in the suites' order.</summary>
    public ImmutableArray<BookCase> CasesOf(RuleSetDefinition ruleSet) =>
        [.. Cases.Where(c => c.RuleSetId == ruleSet.Id && c.Version == ruleSet.Version)];

    /// <summary>The original text of a citation of a ruleset, when found.</summary>
    public CitedText? Article(RuleSetDefinition ruleSet, Citation citation) => _article(ruleSet, citation);

    /// <summary>The navigation bar every page starts with.</summary>
    public static void Navigation(StringBuilder html) =>
        html.Append("<nav><a href=\"").Append(IndexPage).Append("\">Rulesets</a> · <a href=\"").Append(ComparisonPage).Append("\">Comparison across rulesets</a></nav>\n");

    /// <summary>A ruleset's period in force, e.g. <c>2020-11-20 to (in force)</c>.</summary>
    public static string InForce(RuleSetDefinition ruleSet) =>
        $"{Formats.Date(ruleSet.InForceFrom)} to {(ruleSet.InForceTo is { } to ? Formats.Date(to) : "(in force)")}";

    /// <summary>The id of the ruleset's own document, which its citations leave unnamed.</summary>
    public static string Primary(RuleSetDefinition ruleSet) => ruleSet.Documents.IsEmpty ? ruleSet.Id : ruleSet.Documents[0].Id;

    /// <summary>A number as invariant text.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A link to a ruleset's page, shown as <c>id version</c>.</summary>
    public static string Link(RuleSetDefinition ruleSet, string? fragment = null) =>
        $"<a href=\"{E(PageName(ruleSet) + (fragment is null ? string.Empty : "#" + fragment))}\">{E(ruleSet.Id)} {E(ruleSet.Version)}</a>";

    /// <summary>
    /// An anchor id from an item id, e.g. <c>rule-lossTiers.major.amount</c> for the rule <c>lossTiers/major/amount</c>:
    /// letters, digits and <c>-</c> kept, <c>/</c> written <c>.</c>, any other character <c>_</c> and its UTF-16 code in hex,
    /// so that two ids never give one anchor.
    /// </summary>
    public static string Anchor(string prefix, string id)
    {
        var anchor = new StringBuilder(prefix).Append('-');
        foreach (var c in id)
        {
            anchor.Append(c switch
            {
                _ when char.IsAsciiLetterOrDigit(c) || c == '-' => c.ToString(),
                '/' => ".",
                _ => "_" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return anchor.ToString();
    }

    private static string Safe(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return safe.ToString();
    }

    private string Index()
    {
        const string title = "Accountability rulesets: the book";
        var html = Start(title);
        Navigation(html);
        html.Append("<h1>").Append(E(title)).Append("</h1>\n")
            .Append("<p>Each ruleset turns a regulation on accountability for irregular business operations and investment by state-owned enterprises (国有企业违规经营投资责任追究) into rules. Its page sets each rule beside the original text of the article it implements, shows its tables as tables, its policies (the ruleset's readings where the text is silent) and code lists, and the test cases that fire each rule. The <a href=\"")
            .Append(ComparisonPage).Append("\">comparison</a> lines the rulesets up by area.</p>\n")
            .Append("<table id=\"rulesets\">\n<thead><tr><th>ruleset</th><th>version</th><th>title</th><th>documents</th><th>in force</th><th>extends</th><th>rules</th><th>test cases</th></tr></thead>\n<tbody>\n");
        foreach (var ruleSet in RuleSets)
        {
            html.Append("<tr data-ruleset=\"").Append(E(ruleSet.Id)).Append("\"><td><a href=\"").Append(E(PageName(ruleSet))).Append("\">").Append(E(ruleSet.Id)).Append("</a></td><td>")
                .Append(E(ruleSet.Version)).Append("</td><td lang=\"zh\">").Append(E(ruleSet.Title));
            if (ruleSet.TitleEnglish is { } english)
            {
                html.Append("<br><span lang=\"en\" class=\"note\">").Append(E(english)).Append("</span>");
            }

            html.Append("</td><td>");
            foreach (var document in ruleSet.Documents)
            {
                html.Append("<div><code>").Append(E(document.Id)).Append("</code> <span lang=\"zh\">").Append(E(document.Title)).Append("</span>")
                    .Append(document.Number is { } number ? $" ({E(number)})" : string.Empty).Append("</div>");
            }

            html.Append("</td><td>").Append(E(InForce(ruleSet)));
            if (ruleSet.InForceCitation is { } cites)
            {
                html.Append(" <span class=\"note\">[").Append(E(Formats.Citation(cites, Primary(ruleSet)))).Append("]</span>");
            }

            html.Append("</td><td>").Append(E(string.Join(" <- ", ruleSet.Parents))).Append("</td><td>").Append(Count(ruleSet.Rules.Length))
                .Append("</td><td>").Append(Count(CasesOf(ruleSet).Length)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<p class=\"note\">Test cases: ").Append(E(CasesSource)).Append("</p>\n");
        return End(html);
    }
}
