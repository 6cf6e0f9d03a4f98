using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Sources;
using Accountability.Rules.Model;

namespace Accountability.Rules.Tests.Data.Sources;

/// <summary>
/// <see cref="SourceTexts"/>: the original text of the place a citation names, in both numbering styles, from the
/// files and from the copies the package carries; every citation of every bundled ruleset has its text.
/// </summary>
public sealed class SourceTextsTest
{
    private static readonly SourceTexts EmbeddedOnly = new(searchFolders: false);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AnItem_IsItsLine_JoinedAcrossThePageBreak(bool fromFiles)
    {
        var text = Cite("yibin-2020", "yibin-2020", "Art. 19(3)", fromFiles);

        Assert.Equal("（三）重大资产损失。是指单笔资产损失价值在1000万元以上，或者占发生损失企业追索责任认定年度的上年末资产3%以上。", text);
    }

    [Fact]
    public void AnArticle_IsItsParagraphsAndItems_UpToTheNextArticle()
    {
        var text = Cite("yibin-2020", "yibin-2020", "Art. 19", fromFiles: false)!;

        var lines = text.Split('\n');
        Assert.StartsWith("第十九条市属国有企业违规经营投资资产损失可分为", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("（一）一般资产损失", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("（三）重大资产损失", StringComparison.Ordinal));
        Assert.DoesNotContain("第二十条", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AParagraph_IsThatParagraphAlone()
    {
        Assert.Equal(
            "第十九条市属国有企业违规经营投资资产损失可分为：一般资产损失、较大资产损失、重大资产损失，按以下标准确定。",
            Cite("yibin-2020", "yibin-2020", "Art. 19 ¶1", fromFiles: false));
    }

    [Fact]
    public void ATextNumberedByPart_GivesTheSectionOrItemWithItsParagraphs()
    {
        var section = Cite("yibin-2020", "national-2016", "五(二)", fromFiles: false)!;
        var item = Cite("yibin-2020", "national-2016", "五(二)1", fromFiles: false)!;

        Assert.StartsWith("（二）国有企业发生资产损失，经过查证核实", section, StringComparison.Ordinal);
        Assert.Contains(item, section, StringComparison.Ordinal);
        Assert.StartsWith("1. 发生较大资产损失的", item, StringComparison.Ordinal);
        Assert.Contains("\n对领导责任人给予", item, StringComparison.Ordinal);
        Assert.DoesNotContain("2. 发生重大资产损失", item, StringComparison.Ordinal);
        Assert.DoesNotContain("六、", section, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Art. 99")]
    [InlineData("Art. 19(9)")]
    [InlineData("Art. 19 ¶9")]
    [InlineData("see the measures")]
    public void APlaceTheTextDoesNotHave_HasNoText(string article) =>
        Assert.Null(Cite("yibin-2020", "yibin-2020", article, fromFiles: false));

    [Fact]
    public void ADocumentWithoutAPlainTextSource_HasNoText()
    {
        var document = new DocumentReference("own", "自定文件", null, "docs/sources/own.pdf");

        Assert.Null(SourceTexts.Bundled.Cite(document, new Citation("own", "Art. 1")));
    }

    [Fact]
    public void EveryCitationOfEveryBundledRuleset_HasItsText_FromTheCopiesThePackageCarries()
    {
        var cited = 0;
        foreach (var ruleSet in RuleSetCatalog.Bundled.RuleSets)
        {
            var documents = ruleSet.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
            var citations = ruleSet.Rules.Select(r => r.Citation).Concat(ruleSet.Policies.Select(p => p.Citation).OfType<Citation>()).Distinct();
            foreach (var citation in citations.Where(c => documents[c.DocumentId].Source?.EndsWith(".txt", StringComparison.Ordinal) is true || documents[c.DocumentId].Source?.Contains(".txt#", StringComparison.Ordinal) is true))
            {
                var text = EmbeddedOnly.Cite(documents[citation.DocumentId], citation);
                Assert.True(text is { Text.Length: > 0 }, $"{ruleSet.Id}: {citation.DocumentId} {citation.Article} has no text");
                cited++;
            }
        }

        Assert.True(cited > 80, $"only {cited} citations");
    }

    private static string? Cite(string ruleSetId, string documentId, string article, bool fromFiles)
    {
        Assert.True(RuleSetCatalog.Bundled.TryGetDefinition(ruleSetId, out var ruleSet));
        var document = ruleSet.Documents.Single(d => d.Id == documentId);
        return (fromFiles ? SourceTexts.Bundled : EmbeddedOnly).Cite(document, new Citation(documentId, article))?.Text;
    }
}
