using System.Text.RegularExpressions;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Book;

/// <summary>
/// <c>accountability doc</c> end to end through the command: the pages it writes, what they hold,
/// that the same input gives the same bytes, that every link leads to a page and an anchor that
/// exist, and its exit codes on bad arguments. The book runs the suites on the compiled engine
/// whatever the test engine, so these tests run once (not in the NRules test project).
/// </summary>
[Collection(TheBook.Name)]
public sealed partial class DocCommandTest(BookFolder book)
{
    private static readonly string Suites = RepositoryRoot.Combine("rulesets/tests");

    [Fact]
    public void Doc_BundledRulesets_WritesIndexComparisonAndAPagePerRuleset()
    {
        Assert.True(book.Outcome.ExitCode == 0, book.Outcome.ToString());
        Assert.Empty(book.Outcome.Error);
        var expected = new[] { "index.html", "compare.html" }
            .Concat(RuleSetCatalog.Bundled.RuleSets.Select(r => $"{r.Id}-{r.Version}.html"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, Directory.GetFiles(book.Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains($"{RuleSetCatalog.Bundled.RuleSets.Length} ruleset(s)", book.Outcome.Out, StringComparison.Ordinal);
        Assert.Contains("open " + Path.Combine(book.Out, "index.html"), book.Outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Doc_Index_ListsEveryRulesetWithItsTitleAndDates()
    {
        var index = book.Read("index.html");

        foreach (var ruleSet in RuleSetCatalog.Bundled.RuleSets)
        {
            Assert.Contains($"<tr data-ruleset=\"{ruleSet.Id}\"><td><a href=\"{ruleSet.Id}-{ruleSet.Version}.html\">{ruleSet.Id}</a></td>", index, StringComparison.Ordinal);
            Assert.Contains(ruleSet.Title, index, StringComparison.Ordinal);
        }

        Assert.Contains("<td>2020-11-20 to (in force) <span class=\"note\">[Art. 41]</span></td>", index, StringComparison.Ordinal);
        Assert.Contains("国办发〔2016〕63号", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Doc_RulesetPage_TablesAsTablesAndEachRuleWithTheCasesThatFireIt()
    {
        var page = book.Read("yibin-2020-1.0.0.html");

        // The sanction matrix as a table, a row per rule with the measures and the salary range.
        Assert.Contains("<h3 id=\"table-sanctionMatrix\"><code>sanctionMatrix</code></h3>", page, StringComparison.Ordinal);
        Assert.Matches(SanctionRow(), page);

        // The loss tiers' amount criterion, its condition escaped.
        Assert.Contains("lossTotal total where total.amount &gt;= 10000000", page, StringComparison.Ordinal);
        Assert.DoesNotContain("total.amount >= 10000000", page, StringComparison.Ordinal);

        // A rule's section lists the suite cases that fire it, by name and place.
        var rule = Section(page, "rule-lossTiers.major.amount");
        Assert.Contains("fired by ", rule, StringComparison.Ordinal);
        Assert.Matches(@"<li>[^<]+ <span class=""note"">\(yibin-2020/[a-z-]+\.yaml:\d+\)</span></li>", rule);

        // Each rule beside the original text of its article, from docs/sources; an inherited rule's article names its document.
        var pair = page[page.LastIndexOf("<div class=\"pair\">", page.IndexOf("id=\"rule-lossTiers.major.amount\"", StringComparison.Ordinal), StringComparison.Ordinal)..];
        Assert.StartsWith("<div class=\"pair\">\n<div>\n<h3>Art. 19(3)</h3>\n<div class=\"article\" lang=\"zh\">（三）重大资产损失。是指单笔资产损失价值在1000万元以上，或者占发生损失企业追索责任认定年度的上年末资产3%以上。</div>", pair, StringComparison.Ordinal);
        Assert.Contains("<h3>五(二)3 of 国务院办公厅关于建立国有企业违规经营投资责任追究制度的意见 (national-2016)</h3>", page, StringComparison.Ordinal);

        // The policies with their statements, the code lists with their names.
        var policy = page[page.IndexOf("<div class=\"pair\" id=\"policy-highest-tier-any-criterion\">", StringComparison.Ordinal)..];
        Assert.Contains("<p class=\"note\">Rules that apply it: <a href=\"#rule-lossTiers.combine\"><code>lossTiers/combine</code></a>, <a href=\"#rule-art19-ratio-not-evaluated\"><code>art19-ratio-not-evaluated</code></a>, <a href=\"#rule-art19-ratio-not-computable\"><code>art19-ratio-not-computable</code></a></p>", policy[..policy.IndexOf("</div>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"codes-violations\"><code>violations</code></h3>", page, StringComparison.Ordinal);
        Assert.Contains("<td lang=\"zh\">恶意逃废金融债务</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Doc_BundledRulesets_EveryCitedArticleFoundInTheSources()
    {
        foreach (var ruleSet in RuleSetCatalog.Bundled.RuleSets)
        {
            var page = book.Read($"{ruleSet.Id}-{ruleSet.Version}.html");

            Assert.DoesNotContain("was not found in the sources", page, StringComparison.Ordinal);
            Assert.Equal(ruleSet.Rules.Select(r => r.Citation).Distinct().Count() + ruleSet.Policies.Count(p => p.Citation is not null), Regex.Count(page, "<div class=\"article\" lang=\"zh\">"));
        }
    }

    [Fact]
    public void Doc_Comparison_OneRowPerRulesetInEveryArea()
    {
        var page = book.Read("compare.html");

        foreach (var area in new[] { "tiers", "sanctions", "restrictions", "hosts", "exclusions", "deadlines" })
        {
            var table = Section(page, "table-" + area);
            Assert.Equal(RuleSetCatalog.Bundled.RuleSets.Select(r => r.Id), RulesetRow().Matches(table).Select(m => m.Groups[1].Value));
        }

        Assert.Contains("interviewHost", Section(page, "table-hosts"), StringComparison.Ordinal);
        Assert.Contains("workPlanDeadline", Section(page, "table-deadlines"), StringComparison.Ordinal);
        Assert.Contains("disclosureDeadline", Section(page, "table-deadlines"), StringComparison.Ordinal);
    }

    [Fact]
    public void Doc_EveryLink_LeadsToAPageAndAnchorOfTheBook()
    {
        var pages = Directory.GetFiles(book.Out).ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
        var links = 0;
        foreach (var (file, html) in pages)
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
            foreach (Match link in Href().Matches(html))
            {
                links++;
                var target = link.Groups["page"].Value is { Length: > 0 } page ? page : file;
                Assert.True(pages.ContainsKey(target), $"{file}: a link to {target}, which the book does not have");
                if (link.Groups["anchor"].Value is { Length: > 0 } anchor)
                {
                    Assert.True(pages[target].Contains($" id=\"{anchor}\"", StringComparison.Ordinal), $"{file}: a link to {target}#{anchor}, which has no such id");
                }
            }
        }

        Assert.True(links > 500, $"only {links} links");
    }

    [Fact]
    public void Doc_SameInput_SameBytes()
    {
        using var again = new BookFolder();

        foreach (var file in Directory.GetFiles(book.Out).Select(Path.GetFileName))
        {
            Assert.Equal(File.ReadAllBytes(book.Page(file!)), File.ReadAllBytes(again.Page(file!)));
        }
    }

    [Fact]
    public void Doc_OutIsAFile_BadInputWithADiagnostic()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("book", "not a folder");

        var outcome = CliRun.Run("doc", "--out", file, "--tests", Suites);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"accountability: error ACR0980: --out '{file}' is a file; the book is a folder of pages (hint: give a folder (it is created when missing), e.g. --out book)\n", outcome.Error);
        Assert.Empty(outcome.Out);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void Doc_OutCannotBeCreated_BadInputWithADiagnostic()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("file", "a file");

        var outcome = CliRun.Run("doc", "--out", Path.Combine(file, "book"), "--tests", Suites);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"accountability: error ACR0981: the book cannot be written to '{Path.Combine(file, "book")}': ", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Doc_NoSuchTestsFolder_BadInputWithADiagnostic()
    {
        using var folder = new TemporaryFolder();

        var outcome = CliRun.Run("doc", "--out", Path.Combine(folder.Path, "book"), "--tests", Path.Combine(folder.Path, "missing"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("error ACR0964: no such test suite file or folder", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "book")));
    }

    [Fact]
    public void Doc_OverlayFile_AddsItsPageInPlaceOfNone()
    {
        using var folder = new TemporaryFolder();
        var overlay = RepositoryRoot.Combine("examples/overlays/yibin-enterprise-example.ruleset.yaml");

        var outcome = CliRun.Run("doc", "--out", folder.Path, "--tests", Suites, "--ruleset", overlay);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var page = File.ReadAllText(Path.Combine(folder.Path, "yibin-enterprise-example-1.0.0.html"));
        Assert.Contains("extends yibin-2020 1.0.0 &lt;- national-2016 1.0.0", page, StringComparison.Ordinal);
        Assert.Contains("<tr data-ruleset=\"yibin-enterprise-example\">", File.ReadAllText(Path.Combine(folder.Path, "compare.html")), StringComparison.Ordinal);
    }

    /// <summary>The part of a page from the element with the id to the next element with an id at the same level (good enough for the sections and tables of the book).</summary>
    private static string Section(string page, string id)
    {
        var start = page.IndexOf($" id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no element with id {id}");
        var end = page.IndexOf("</table>", start, StringComparison.Ordinal) is var table && id.StartsWith("table-", StringComparison.Ordinal) ? table : page.IndexOf("<div class=\"rule\" id=", start + 1, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    [GeneratedRegex("<tr><td><a href=\"#rule-sanctionMatrix\\.major\\.direct\"><code>sanctionMatrix/major/direct</code></a></td><td><code>[^<]*</code></td>(<td>[^<]*</td>)*<td>major</td><td>direct</td><td>降职, 改任非管理职务, 责令辞职, 免职, 禁入限制</td><td>100</td><td>100</td>")]
    private static partial Regex SanctionRow();

    [GeneratedRegex("<tr data-ruleset=\"([^\"]+)\">")]
    private static partial Regex RulesetRow();

    [GeneratedRegex("href=\"(?<page>[^\"#]*)(#(?<anchor>[^\"]*))?\"")]
    private static partial Regex Href();
}
