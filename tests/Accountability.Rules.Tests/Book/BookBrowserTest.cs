using System.Buffers.Binary;
using System.Net;
using System.Text.RegularExpressions;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Book;

/// <summary>
/// The book in a real browser (Debian's headless Chromium): every page loads with its title and no
/// console message or failed resource, the comparison's tier table has a row per bundled ruleset
/// with its tiers' names, and a screenshot is a real PNG of the size asked for.
/// </summary>
[Collection(TheBook.Name)]
public sealed partial class BookBrowserTest(BookFolder book)
{
    [BrowserFact]
    public void Book_EveryPage_LoadsWithItsTitleAndNoConsoleMessage()
    {
        Assert.True(book.Outcome.ExitCode == 0, book.Outcome.ToString());
        var titles = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["index.html"] = "Accountability rulesets: the book",
            ["compare.html"] = "Comparison across rulesets",
        };
        foreach (var ruleSet in RuleSetCatalog.Bundled.RuleSets)
        {
            titles[$"{ruleSet.Id}-{ruleSet.Version}.html"] = $"{ruleSet.Id} {ruleSet.Version}: {ruleSet.Title}";
        }

        Assert.Equal(titles.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(book.Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (file, title) in titles)
        {
            var (dom, log) = Chromium.DumpDom(book.Page(file));

            Assert.Equal(title, WebUtility.HtmlDecode(Title().Match(dom).Groups[1].Value));
            Assert.Contains("</body></html>", dom, StringComparison.Ordinal);
            Assert.Empty(Chromium.PageProblems(log));
        }
    }

    [BrowserFact]
    public void Book_PageWithAScriptError_IsCaughtByTheLogCheck()
    {
        using var folder = new TemporaryFolder();
        var page = folder.Write("broken.html", "<!DOCTYPE html><html><head><title>broken</title></head><body><script>noSuchFunction();</script></body></html>");

        var (_, log) = Chromium.DumpDom(page);

        Assert.Contains(Chromium.PageProblems(log), line => line.Contains("Uncaught ReferenceError: noSuchFunction is not defined", StringComparison.Ordinal));
    }

    [BrowserFact]
    public void Book_ComparisonTiers_ARowPerBundledRulesetWithItsTierNames()
    {
        var (dom, _) = Chromium.DumpDom(book.Page("compare.html"));

        var table = dom[dom.IndexOf("<table id=\"table-tiers\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        var rows = Row().Matches(table).ToDictionary(m => m.Groups["id"].Value, m => m.Value);
        Assert.Equal(RuleSetCatalog.Bundled.RuleSets.Select(r => r.Id).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var ruleSet in RuleSetCatalog.Bundled.RuleSets)
        {
            var names = TierName().Matches(rows[ruleSet.Id]).Select(m => m.Groups[1].Value);
            Assert.Equal(ruleSet.Tiers.Select(t => t.Name), names);
        }

        Assert.Equal(["一般资产损失", "较大资产损失", "重大资产损失"], TierName().Matches(rows["yibin-2020"]).Select(m => m.Groups[1].Value));
        Assert.Contains("no tiers in this ruleset", rows["weihai-2024"], StringComparison.Ordinal);
    }

    [BrowserFact]
    public void Book_Screenshot_IsAPngOfTheWindowSize()
    {
        using var folder = new TemporaryFolder();
        var png = Path.Combine(folder.Path, "yibin-2020.png");

        var log = Chromium.Screenshot(book.Page("yibin-2020-1.0.0.html"), png, 1280, 2000);

        Assert.Empty(Chromium.PageProblems(log));
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 10_000, $"a screenshot of {bytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(1280, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(2000, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex Title();

    [GeneratedRegex("<tr data-ruleset=\"(?<id>[^\"]+)\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<span lang=\"zh\" class=\"tier-name\">([^<]*)</span>")]
    private static partial Regex TierName();
}
