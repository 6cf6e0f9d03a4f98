using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Yibin;

/// <summary>
/// Yibin extends the national opinion (Art. 1 names 国办发〔2016〕63号 as a basis): its own rules and rows
/// replace the opinion's they restate, each change citing the Yibin article, and the opinion's 五(二)3
/// applies where Yibin is silent.
/// </summary>
public sealed class YibinOverlayTest(YibinRuleSet ruleSet) : IClassFixture<YibinRuleSet>
{
    /// <summary>The national rules Yibin inherits unchanged.</summary>
    public static readonly string[] Inherited = ["n5-2-3-no-performance-salary", "n5-2-3-left-the-enterprise"];

    /// <summary>Yibin's own rules that apply the opinion's 六(二) where Yibin is silent (a subsidiary's loss), citing it.</summary>
    public static readonly string[] ApplyingTheOpinion = ["subsidiary-larger-major", "subsidiary-general", "subsidiary-group-direct"];

    private static readonly Lazy<System.Collections.Immutable.ImmutableArray<Accountability.Rules.Data.RuleSets.AppliedChange>> Changes =
        new(() => Accountability.Rules.Data.Catalog.RuleSetCatalog.Bundled.LoadedOf("yibin-2020", "1.0.0")!.Changes);

    private RuleSetDefinition Definition => ruleSet.Definition;

    [Fact]
    public void Effective_NamesNational2016AsItsParent()
    {
        var parent = Assert.Single(Definition.Parents);
        Assert.Equal("national-2016", parent.Id);
        Assert.Equal("1.0.0", parent.Version);
    }

    [Theory]
    [InlineData("n3-1-direct-indirect", "art18-direct-indirect", "Art. 18")]
    [InlineData("n3-3-contingent-assessed", "art21-contingent-assessed", "Art. 21")]
    [InlineData("n3-3-contingent-unassessed", "art21-contingent-unassessed", "Art. 21")]
    [InlineData("n3-1-loss-total", "art18-loss-total", "Art. 18")]
    [InlineData("n3-2-discipline-or-criminal", "art19-2-discipline-or-criminal", "Art. 19 ¶2")]
    [InlineData("n4-given", "art22-given", "Art. 22")]
    [InlineData("n4-none", "art22-none", "Art. 22")]
    [InlineData("n4-still-handled", "art33-still-handled", "Art. 33")]
    [InlineData("n5-3-aggravate", "adjustment-aggravate", "Art. 31")]
    [InlineData("n5-3-mitigate", "adjustment-mitigate", "Art. 32")]
    [InlineData("n5-3-weigh", "adjustment-weigh", "Art. 32")]
    [InlineData("n5-2-4-other-highest", "art29-other-highest", "Art. 29")]
    [InlineData("n5-2-4-accountability-highest", "art29-accountability-highest", "Art. 29")]
    [InlineData("n5-2-4-within-range", "art29-within-range", "Art. 29")]
    [InlineData("n5-2-4-no-row", "art29-none-prescribed", "Art. 29")]
    [InlineData("n6-2-general", "art37-group", "Art. 37(1)")]
    [InlineData("n6-2-superior-direct", "art36-sasac-direct", "Art. 36(3)")]
    [InlineData("n6-2-larger-major", "art36-major", "Art. 36(2)")]
    [InlineData("n6-2-supervising-body", "art36-larger-severe", "Art. 36(2)")]
    public void Replaced_NationalRuleAbsent_YibinRulePresentWithItsCitation(string national, string yibin, string article)
    {
        Assert.DoesNotContain(Definition.Rules, r => r.Id == national);
        var rule = Assert.Single(Definition.Rules, r => r.Id == yibin);
        Assert.Equal(new Citation("yibin-2020", article), rule.Citation);
        var change = Assert.Single(Changes.Value, c => c.Target == national);
        Assert.Equal("replace", change.Kind);
        Assert.Equal(new Citation("yibin-2020", article), change.Citation);
    }

    [Theory]
    [InlineData("n3-2-classified-general", "Art. 19")]
    [InlineData("n3-2-classified-larger", "Art. 19")]
    [InlineData("n3-2-classified-major", "Art. 19")]
    [InlineData("n3-2-classified-conflict", "Art. 19")]
    [InlineData("n3-2-no-tier-table", "Art. 19")]
    [InlineData("n5-2-no-tier", "Art. 19")]
    [InlineData("n5-4-general-no-row", "Art. 28(1)")]
    [InlineData("n6-2-no-tier", "Art. 37(1)")]
    public void Removed_NationalRuleAbsent_RemovalCitesYibin(string national, string article)
    {
        Assert.DoesNotContain(Definition.Rules, r => r.Id == national);
        var change = Assert.Single(Changes.Value, c => c.Target == national);
        Assert.Equal("remove", change.Kind);
        Assert.Equal(new Citation("yibin-2020", article), change.Citation);
    }

    [Theory]
    [InlineData("sanctionMatrix/larger/direct", "Art. 28(2)")]
    [InlineData("sanctionMatrix/larger/leadership", "Art. 28(2)")]
    [InlineData("sanctionMatrix/major/supervisory", "Art. 28(3)")]
    [InlineData("sanctionMatrix/major/leadership", "Art. 28(3)")]
    [InlineData("sanctionMatrix/general/direct", "Art. 28(1)")]
    [InlineData("factorEffects/1", "Art. 31")]
    [InlineData("factorEffects/2", "Art. 32")]
    [InlineData("factorEffects/3", "Art. 32 ¶1")]
    public void Rows_AreYibins(string ruleId, string article) =>
        Assert.Equal(new Citation("yibin-2020", article), Assert.Single(Definition.Rules, r => r.Id == ruleId).Citation);

    [Fact]
    public void NoTierTableNotes_NoneLeft() =>
        Assert.DoesNotContain(Definition.Rules, r => r.Id.Contains("no-tier", StringComparison.Ordinal) || r.Id.StartsWith("n3-2-classified", StringComparison.Ordinal));

    [Fact]
    public void CodeLists_NationalOnlyCircumstances_NotYibins() =>
        Assert.DoesNotContain(Definition.CodeLists["circumstances"], c => c.Code.StartsWith("classified-", StringComparison.Ordinal) || c.Code == "superior-direct" || c.Code == "repeated-major-losses");

    [Fact]
    public void Inherited_OnlyTheOpinionsNoSalaryRules_WithTheirNationalCitation()
    {
        var inherited = Definition.Rules.Where(r => r.Citation.DocumentId == "national-2016" && !ApplyingTheOpinion.Contains(r.Id)).Select(r => r.Id);
        Assert.Equal(Inherited, inherited);
        foreach (var id in Inherited)
        {
            var rule = Assert.Single(Definition.Rules, r => r.Id == id);
            Assert.Equal(new Citation("national-2016", "五(二)3"), rule.Citation);
            Assert.Equal("no-salary-base", rule.PolicyId);
            Assert.Contains(id, Definition.FindPolicy("opinion-fills-silence")!.Statement, StringComparison.Ordinal);
        }
    }

    // Art. 33 names 离职; the opinion's 五(二)3 gives the base (opinion-fills-silence).
    [Fact]
    public void Inherited_LeftTheEnterprise_TheBaseWithoutANoSalaryEntry()
    {
        var session = ruleSet.Session().Matter(5_000_000m).Person("P1", responsibility: "direct", status: "resigned");

        var basis = session.One("deductionBase");
        Assert.Equal(["n5-2-3-left-the-enterprise"], session.RuleIds(basis));
        Assert.Equal(["art33-still-handled"], session.RuleIds(session.One("stillHandled")));
    }

    [Theory]
    [InlineData(5_000_000, "direct", "serving")]
    [InlineData(20_000_000, "leadership", "retired")]
    [InlineData(500_000, "supervisory", "transferred")]
    public void Inherited_NoPerformanceSalary_FiresForAYibinCaseWithTheNationalCitation(decimal amount, string responsibility, string status)
    {
        var session = ruleSet.Session().Matter(amount).Person("P1", responsibility: responsibility, status: status)
            .With("noPerformanceSalary", ("person", Value.Of("P1")));

        var basis = session.One("deductionBase");
        Assert.Equal("离职前全部绩效年薪及前三年任期激励收入总和", basis["base"].AsText);
        Assert.Equal(["n5-2-3-no-performance-salary"], session.RuleIds(basis));
        Assert.Contains(session.Notes("P1"), n => n.Contains("国办发〔2016〕63号 五(二)3", StringComparison.Ordinal));
    }

    [Fact]
    public void Inherited_NoPerformanceSalary_GeneralLossLeadershipWithoutDeduction_NoBase() =>
        Assert.Empty(ruleSet.Session().Matter(500_000m).Person("P1", responsibility: "leadership", status: "retired")
            .With("noPerformanceSalary", ("person", Value.Of("P1"))).Query("deductionBase"));

    [Fact]
    public void Inherited_NoPerformanceSalary_NotStated_NoBase() =>
        Assert.Empty(ruleSet.Session().Matter(5_000_000m).Person("P1", responsibility: "direct", status: "retired").Query("deductionBase"));

    [Fact]
    public void Cli_ShowYibin_PrintsTheChainAndTheChanges()
    {
        var outcome = CliRun.Run("show", "yibin-2020");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.StartsWith("# Effective ruleset yibin-2020 1.0.0 (national-2016 1.0.0 with its changes applied)", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("# Written from: yibin-2020 1.0.0, extending national-2016 1.0.0, content hash ", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("#   replace n6-2-general (yibin-2020 Art. 37(1)): rules n6-2-general, art37-group\n", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("#   replace codes/circumstances (yibin-2020 Art. 19 ¶2); codes dropped: classified-general", outcome.Out, StringComparison.Ordinal);
    }
}
