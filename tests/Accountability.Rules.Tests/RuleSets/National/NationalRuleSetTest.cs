using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.RuleSets.National;

/// <summary>The national ruleset file itself: it loads, names the opinion, has no tier thresholds, and cites the opinion's own numbering.</summary>
public sealed class NationalRuleSetTest(NationalRuleSet ruleSet) : IClassFixture<NationalRuleSet>
{
    private static readonly Lazy<string> OpinionText = new(() => SourceSection.Of("四"));

    private RuleSetDefinition Definition => ruleSet.Definition;

    [Fact]
    public void Load_NationalFile_HasNoErrorsAndCompiles()
    {
        var result = RuleSetLoader.LoadFile(ruleSet.FilePath);

        Assert.True(result.Errors.IsEmpty, result.ToString());
        Assert.Empty(RuleCompiler.Check(Definition));
    }

    [Fact]
    public void RuleSet_Identity_IsTheOpinionInForceFromItsIssueDate()
    {
        Assert.Equal("national-2016", Definition.Id);
        Assert.Equal("国务院办公厅关于建立国有企业违规经营投资责任追究制度的意见", Definition.Title);
        var document = Assert.Single(Definition.Documents);
        Assert.Equal("national-2016", document.Id);
        Assert.Equal("国办发〔2016〕63号", document.Number);
        Assert.Equal("docs/sources/accountability-compilation-incl-yibin-2020-measures.txt#篇四", document.Source);
        Assert.Equal(new LocalDate(2016, 8, 2), Definition.InForceFrom);
        Assert.Null(Definition.InForceTo);
        Assert.False(Definition.IsInForceOn(new LocalDate(2016, 8, 1)));
        Assert.True(Definition.IsInForceOn(new LocalDate(2016, 8, 2)));
        Assert.NotNull(Definition.FindPolicy("in-force-from-issue"));
    }

    [Fact]
    public void RuleSet_Tiers_AreNamedWithoutAnyThreshold()
    {
        Assert.Equal(["general", "larger", "major"], Definition.Tiers.Select(t => t.Code));
        Assert.Equal(["一般资产损失", "较大资产损失", "重大资产损失"], Definition.Tiers.Select(t => t.Name));
        Assert.All(Definition.Tiers, t => Assert.Equal("三(二)", t.Citation!.Article));
        Assert.DoesNotContain(Definition.Rules, r => r.Id.StartsWith("lossTiers/", StringComparison.Ordinal));
        Assert.DoesNotContain(Definition.Rules, r => r.Actions.Any(a => a.FactType == "tierCriterion"));
    }

    [Fact]
    public void RuleSet_Boundaries_NoneDeclaredBecauseTheTextUsesNoneWithANumber()
    {
        Assert.Empty(Definition.Boundaries);
        var text = OpinionText.Value;
        Assert.DoesNotMatch(@"\d[%％万亿元]*(以上|以下|不满|超过)|(不满|超过)\d", text);
        Assert.Contains("以上处理方式", text, StringComparison.Ordinal);
        Assert.Contains("按照以下标准扣减薪酬", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_EveryRule_CitesTheOpinionByItsOwnNumbering()
    {
        Assert.All(Definition.Rules, rule =>
        {
            Assert.Equal("national-2016", rule.Citation.DocumentId);
            Assert.Matches(@"^[一二三四五六](\([一二三四五]\)\d?)?( ¶\d)?$", rule.Citation.Article);
        });
    }

    [Fact]
    public void Rules_EveryPolicyARuleNames_IsDeclared() =>
        Assert.All(Definition.Rules.Where(r => r.PolicyId is not null), r => Assert.NotNull(Definition.FindPolicy(r.PolicyId!)));

    [Fact]
    public void Codes_NamesOfFactorsAndCircumstances_QuoteTheText()
    {
        var text = OpinionText.Value;
        foreach (var list in new[] { "factors", "circumstances", "measures" })
        {
            foreach (var code in Definition.CodeLists[list].Where(c => !c.Code.StartsWith("classified-", StringComparison.Ordinal)))
            {
                Assert.True(text.Contains(code.Name.TrimEnd('的'), StringComparison.Ordinal) || Quotes(text, code.Name), $"{list}/{code.Code}: {code.Name}");
            }
        }
    }

    [Fact]
    public void SanctionMatrix_LongTermIncentiveTexts_QuoteTheText()
    {
        var text = OpinionText.Value;
        foreach (var rule in Definition.Rules.Where(r => r.Id.StartsWith("sanctionMatrix/", StringComparison.Ordinal)))
        {
            var assignment = rule.Actions.Single().Fields.Single(f => f.Field == "longTermIncentives");
            var quoted = ((ConstantExpression)assignment.Value).Value.AsText;
            Assert.Contains(quoted, text, StringComparison.Ordinal);
        }
    }

    // A factor name like 资产损失频繁发生、金额巨大、后果严重、影响恶劣的 quotes the text's enumeration after 对.
    private static bool Quotes(string text, string name) => text.Contains("对" + name, StringComparison.Ordinal);
}
