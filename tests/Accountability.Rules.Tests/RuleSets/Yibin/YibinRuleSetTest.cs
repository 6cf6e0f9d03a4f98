using System.Globalization;
using System.Text.RegularExpressions;
using Accountability.Rules.Data;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.RuleSets.Yibin;

/// <summary>The Yibin ruleset file itself: it loads, names and cites what the text says, and quotes the text verbatim.</summary>
public sealed partial class YibinRuleSetTest(YibinRuleSet ruleSet) : IClassFixture<YibinRuleSet>
{
    private const string SourcePath = "docs/sources/accountability-compilation-incl-yibin-2020-measures.txt";

    private static readonly Lazy<string> YibinText = new(() =>
    {
        // Section 篇三 (Art. 1-41), joined without line breaks so that page breaks do not split quotations.
        var lines = File.ReadAllLines(RepositoryRoot.Combine(SourcePath));
        var start = Array.FindIndex(lines, l => l.StartsWith("责任追究工作报告机制篇三", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, l => l.StartsWith("责任追究工作报告机制篇四", StringComparison.Ordinal));
        return string.Concat(lines[start..end].Select(l => l.Trim()));
    });

    private RuleSetDefinition Definition => ruleSet.Definition;

    [Fact]
    public void Load_YibinFile_HasNoErrors()
    {
        var result = RuleSetLoader.LoadFile(ruleSet.FilePath);

        Assert.True(result.Errors.IsEmpty, result.ToString());
        Assert.NotNull(result.Value);
    }

    [Fact]
    public void Compile_YibinRuleSet_HasNoProblems() =>
        Assert.Empty(Accountability.Rules.Engine.RuleCompiler.Check(Definition));

    [Fact]
    public void RuleSet_Identity_IsYibin2020InForceFrom20201120()
    {
        Assert.Equal("yibin-2020", Definition.Id);
        Assert.Equal("1.0.0", Definition.Version);
        Assert.Equal("宜宾市市属国有企业违规经营投资责任追究实施办法", Definition.Title);
        Assert.Equal(new LocalDate(2020, 11, 20), Definition.InForceFrom);
        Assert.Null(Definition.InForceTo);
        Assert.Equal(new Citation("yibin-2020", "Art. 41"), Definition.InForceCitation);
        Assert.Equal("CNY", Definition.Currency);
        Assert.False(Definition.IsInForceOn(new LocalDate(2020, 11, 19)));
        Assert.True(Definition.IsInForceOn(new LocalDate(2020, 11, 20)));
    }

    [Fact]
    public void RuleSet_Document_PointsAtTheBundledSource()
    {
        // Yibin's own document first (short citations name it), then the opinion's it extends.
        Assert.Equal(["yibin-2020", "national-2016"], Definition.Documents.Select(d => d.Id));
        var document = Definition.Documents[0];
        Assert.Equal("docs/sources/accountability-compilation-incl-yibin-2020-measures.txt#篇三", document.Source);
        Assert.True(File.Exists(RepositoryRoot.Combine(document.Source!.Split('#')[0])));
    }

    [Theory]
    [InlineData("以上", true)]
    [InlineData("以下", false)]
    public void Boundaries_Art19Paragraph3_Reading(string word, bool inclusive)
    {
        var reading = Assert.Single(Definition.Boundaries, b => b.Word == word);
        Assert.Equal(inclusive, reading.Inclusive);
        Assert.Equal(new Citation("yibin-2020", "Art. 19 ¶3"), reading.Citation);
        Assert.Equal("art19-boundaries-throughout", reading.PolicyId);
    }

    [Fact]
    public void Tiers_LowestFirst() =>
        Assert.Equal(["general:一般资产损失:Art. 19(1)", "larger:较大资产损失:Art. 19(2)", "major:重大资产损失:Art. 19(3)"], Definition.Tiers.Select(t => $"{t.Code}:{t.Name}:{t.Citation?.Article}"));

    [Fact]
    public void Responsibilities_LowestPrecedenceFirst() =>
        Assert.Equal(["leadership:领导责任:Art. 26", "supervisory:主管责任:Art. 25", "direct:直接责任:Art. 23"], Definition.Responsibilities.Select(t => $"{t.Code}:{t.Name}:{t.Citation?.Article}"));

    [Theory]
    [InlineData(7, 5, "集团公司管控")]
    [InlineData(8, 6, "风险管理")]
    [InlineData(9, 8, "购销管理")]
    [InlineData(10, 8, "工程承包建设")]
    [InlineData(11, 8, "固定资产投资")]
    [InlineData(12, 7, "投资并购")]
    [InlineData(13, 6, "转让产权、公司股权、资产")]
    [InlineData(14, 7, "资金管理")]
    [InlineData(15, 7, "改组改制")]
    [InlineData(16, 1, "其他")]
    public void Violations_Article_OneCodePerItem(int article, int items, string group)
    {
        var prefix = $"Y{article:00}-";
        var codes = Codes("violations").Where(c => c.Code.StartsWith(prefix, StringComparison.Ordinal)).ToList();

        Assert.Equal(Enumerable.Range(1, items).Select(i => prefix + i.ToString("00", CultureInfo.InvariantCulture)), codes.Select(c => c.Code));
        Assert.All(codes, c => Assert.Equal(group, c.Group));
        Assert.All(codes, c => Assert.False(string.IsNullOrWhiteSpace(c.English)));
        IEnumerable<string> expectedCitations = article == 16
            ? ["Art. 16"]
            : [.. Enumerable.Range(1, items).Select(i => $"Art. {article}({i})")];
        Assert.Equal(expectedCitations, codes.Select(c => c.Citation?.Article));
    }

    [Fact]
    public void Violations_All63_QuoteTheTextVerbatim()
    {
        var violations = Codes("violations");

        Assert.Equal(63, violations.Length);
        Assert.All(violations, v => Assert.True(YibinText.Value.Contains(v.Name, StringComparison.Ordinal), $"{v.Code} is not verbatim: {v.Name}"));
    }

    [Theory]
    [InlineData("conduct")]
    [InlineData("factors")]
    [InlineData("roles")]
    public void Codes_Names_QuoteTheTextVerbatim(string list) =>
        Assert.All(Codes(list), c => Assert.True(YibinText.Value.Contains(c.Name, StringComparison.Ordinal), $"{c.Code} is not verbatim: {c.Name}"));

    [Fact]
    public void Codes_Conduct_Art23To26() =>
        Assert.Equal(
            ["decisive-role:Art. 23", "art24-1:Art. 24(1)", "art24-2:Art. 24(2)", "art24-3:Art. 24(3)", "art24-4:Art. 24(4)", "art24-5:Art. 24(5)", "art24-6:Art. 24(6)", "oversaw-area:Art. 25", "principal-duty:Art. 26"],
            Codes("conduct").Select(c => $"{c.Code}:{c.Citation?.Article}"));

    [Fact]
    public void Codes_Factors_Art31Art32AndToleranceExclusions() =>
        Assert.Equal(
            [
                "frequent-huge-severe:Art. 31(1)", "external-supervision:Art. 31(2)", "loss-grew:Art. 31(3)", "concealed:Art. 31(4)", "other-aggravating:Art. 31(5)",
                "minor:Art. 32(1)", "reform-no-gain:Art. 32(2)", "not-prohibited:Art. 32(3)", "emergency-ratified:Art. 32(4)", "recovered-loss:Art. 32(5)", "self-reported:Art. 32(6)", "other-mitigating:Art. 32(7)",
                "defied-orders:Art. 32 ¶1", "defied-bans:Art. 32 ¶1", "improper-gain:Art. 32 ¶1", "intent:Art. 32 ¶1", "arbitrary:Art. 32 ¶1", "other-excluding-tolerance:Art. 32 ¶1",
            ],
            Codes("factors").Select(c => $"{c.Code}:{c.Citation?.Article}"));

    [Theory]
    [InlineData("有令不行", "defied-orders")]
    [InlineData("有禁不止", "defied-bans")]
    [InlineData("不当牟利", "improper-gain")]
    [InlineData("主观故意", "intent")]
    [InlineData("独断专行", "arbitrary")]
    [InlineData("等", "other-excluding-tolerance")]
    public void Codes_ToleranceExclusion_NamedAsWritten(string name, string code) =>
        Assert.Equal(name, Definition.FindCode("factors", code)?.Name);

    [Fact]
    public void Codes_Measures_Art27AsWrittenPlusArt28Paragraph3()
    {
        var measures = Codes("measures").Select(c => c.Code).ToList();

        Assert.Equal(["批评教育", "责令书面检查", "通报批评", "诫勉", "停职", "调离工作岗位", "降职", "改任非领导职务", "改任非管理职务", "责令辞职", "免职", "扣减薪酬", "禁入限制", "纪律处分", "移送司法机关"], measures);
        Assert.All(Codes("measures"), c => Assert.Equal(c.Code, c.Name));
        Assert.All(Codes("measures"), c => Assert.True(YibinText.Value.Contains(c.Name, StringComparison.Ordinal), c.Name));
        Assert.Equal("Art. 28(3)", Definition.FindCode("measures", "改任非管理职务")?.Citation?.Article);
    }

    [Fact]
    public void Codes_RolesCircumstancesStatuses_AsSpecified()
    {
        Assert.Equal(["principal-head", "enterprise-head", "manager"], Codes("roles").Select(c => c.Code));
        Assert.Equal(["severe-consequences", "sasac-direct", "group-direct", "discipline-or-criminal", "safety-production-accident", "environmental-pollution-accident", "major-stability-event"], Codes("circumstances").Select(c => c.Code));
        Assert.Equal(["serving", "transferred", "resigned", "retired"], Codes("personStatuses").Select(c => c.Code));
    }

    [Fact]
    public void Codes_All_CiteTheYibinDocumentOrTheOpinionWhereItApplies() =>
        Assert.All(
            Definition.CodeLists.Values.SelectMany(c => c).Concat(Definition.Tiers).Concat(Definition.Responsibilities),
            c => Assert.Equal(c.Code is "subsidiary" or "group-direct" ? "national-2016" : "yibin-2020", c.Citation?.DocumentId));

    [Fact]
    public void Rules_All_CiteAnArticleOfTheYibinDocument() =>
        Assert.All(Definition.Rules.Where(r => !YibinOverlayTest.Inherited.Contains(r.Id) && !YibinOverlayTest.ApplyingTheOpinion.Contains(r.Id)), r =>
        {
            Assert.Equal("yibin-2020", r.Citation.DocumentId);
            Assert.Matches(ArticlePattern(), r.Citation.Article);
        });

    [Fact]
    public void Rules_Policies_AreDeclared() =>
        Assert.All(Definition.Rules.Where(r => r.PolicyId is not null), r => Assert.NotNull(Definition.FindPolicy(r.PolicyId!)));

    [Fact]
    public void Policies_EachIsDeclaredWithAStatementAndACitation()
    {
        string[] expected =
        [
            "highest-tier-any-criterion", "art19-boundaries-throughout", "matter-aggregation", "contingent-needs-assessment", "given-responsibility-wins",
            "responsibility-precedence", "adjustment-range", "longer-restriction-per-kind", "civil-code-periods", "art28-3-non-management-post", "enterprise-level",
            "subsidiary-loss-handling",
        ];

        // The opinion's policies come first in the effective ruleset: three restated by Yibin (ids kept,
        // statements Yibin's), and no-salary-base, which the inherited 五(二)3 rule applies.
        string[] effective = ["matter-aggregation", "contingent-needs-assessment", "no-salary-base", "highest-standard-per-pay", "civil-code-periods", .. expected.Except(["matter-aggregation", "contingent-needs-assessment", "civil-code-periods"]), "opinion-fills-silence"];
        Assert.Equal(effective, Definition.Policies.Select(p => p.Id));
        Assert.All(Definition.Policies, p =>
        {
            Assert.True(p.Statement.Length > 100, p.Id);
            Assert.Equal(p.Id == "no-salary-base" ? "national-2016" : "yibin-2020", p.Citation?.DocumentId);
        });
    }

    [Fact]
    public void Policies_EachIsAppliedSomewhere()
    {
        var applied = Definition.Rules.Select(r => r.PolicyId).Concat(Definition.Boundaries.Select(b => b.PolicyId)).ToHashSet(StringComparer.Ordinal);

        // opinion-fills-silence governs the inheritance itself (YibinOverlayTest pins it).
        Assert.All(Definition.Policies.Where(p => p.Id != "opinion-fills-silence"), p => Assert.Contains(p.Id, applied));
    }

    [Theory]
    [InlineData("art18-direct-indirect", "Art. 18", 100)]
    [InlineData("art21-contingent-assessed", "Art. 21", 100)]
    [InlineData("art21-contingent-unassessed", "Art. 21", 100)]
    [InlineData("art18-loss-total", "Art. 18", 90)]
    [InlineData("art19-ratio-not-evaluated", "Art. 19(2)", 85)]
    [InlineData("art19-ratio-not-computable", "Art. 19(2)", 85)]
    [InlineData("art22-given", "Art. 22", 60)]
    [InlineData("art23-direct", "Art. 23", 60)]
    [InlineData("art24-1", "Art. 24(1)", 60)]
    [InlineData("art24-6", "Art. 24(6)", 60)]
    [InlineData("art25-supervisory", "Art. 25", 60)]
    [InlineData("art26-leadership", "Art. 26", 60)]
    [InlineData("responsibility-precedence", "Art. 24", 55)]
    [InlineData("art22-none", "Art. 22", 50)]
    [InlineData("adjustment-aggravate", "Art. 31", 40)]
    [InlineData("adjustment-tolerance-denied", "Art. 32 ¶1", 40)]
    [InlineData("art30-discipline", "Art. 30", 40)]
    [InlineData("art30-longer-period", "Art. 30", 35)]
    [InlineData("art36-major", "Art. 36(2)", 30)]
    [InlineData("art36-sasac-direct", "Art. 36(3)", 30)]
    [InlineData("art36-enterprise-level-unknown", "Art. 36(2)", 20)]
    [InlineData("art37-group", "Art. 37(1)", 10)]
    [InlineData("level-unknown-general", "Art. 37(1)", 10)]
    [InlineData("level-unknown-larger", "Art. 37(1)", 10)]
    [InlineData("level-unknown-major", "Art. 36(2)", 10)]
    [InlineData("level-unknown-larger-severe", "Art. 36(2)", 10)]
    [InlineData("art19-2-discipline-or-criminal", "Art. 19 ¶2", 20)]
    [InlineData("art33-still-handled", "Art. 33", 20)]
    [InlineData("art29-within-range", "Art. 29", 20)]
    public void Rules_General_CiteAndOrderAsSpecified(string id, string article, int salience)
    {
        var rule = Assert.Single(Definition.Rules, r => r.Id == id);

        Assert.Equal(article, rule.Citation.Article);
        Assert.Equal(salience, rule.Salience);
    }

    private System.Collections.Immutable.ImmutableArray<CodeDefinition> Codes(string list) => Definition.CodeLists[list];

    [GeneratedRegex(@"^Art\. \d+(\(\d+\))?( ¶\d+)?$")]
    private static partial Regex ArticlePattern();
}
