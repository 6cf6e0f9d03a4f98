using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.National;

/// <summary>五(三): 从重 for the aggravating circumstances, 适当从轻 for the mitigating one, within the range; no tolerance, 加重, 减轻 or 免于.</summary>
public sealed class NationalFactorTest(NationalRuleSet ruleSet) : IClassFixture<NationalRuleSet>
{
    private YibinSession Larger() =>
        ruleSet.Session().Matter(1m).Circumstance("classified-larger").Person("P1", responsibility: "direct").Person("P2", responsibility: "leadership");

    [Theory]
    [InlineData("frequent-huge-severe")]
    [InlineData("loss-grew")]
    [InlineData("concealed")]
    public void Factor_Aggravating_Is从重(string code)
    {
        var session = Larger().Factor(code, "P1");

        var finding = session.One("factorFinding");
        Assert.Equal("aggravating", finding["direction"].AsText);
        Assert.Equal("从重", finding["terms"].AsText);
        Assert.Equal(["factorEffects/1"], session.RuleIds(finding));
        var adjustment = session.One("adjustment");
        Assert.Equal("P1", adjustment["person"].AsText);
        Assert.Equal("aggravate", adjustment["direction"].AsText);
        Assert.Equal("从重", adjustment["terms"].AsText);
        Assert.Contains("not beyond it", adjustment["effect"].AsText, StringComparison.Ordinal);
        Assert.Equal(["n5-3-aggravate"], session.RuleIds(adjustment));
    }

    [Fact]
    public void Factor_RecoveredLoss_MayBe适当从轻()
    {
        var session = Larger().Factor("recovered-loss", "P2");

        var finding = session.One("factorFinding");
        Assert.Equal("mitigating", finding["direction"].AsText);
        Assert.Equal("适当从轻", finding["terms"].AsText);
        Assert.Equal(["factorEffects/2"], session.RuleIds(finding));
        var adjustment = session.One("adjustment");
        Assert.Equal("P2", adjustment["person"].AsText);
        Assert.Equal("mitigate", adjustment["direction"].AsText);
        Assert.Equal("适当从轻", adjustment["terms"].AsText);
        Assert.Contains("not below it", adjustment["effect"].AsText, StringComparison.Ordinal);
        Assert.Equal(["n5-3-mitigate"], session.RuleIds(adjustment));
    }

    [Fact]
    public void Factor_BothKinds_AreWeighed()
    {
        var session = Larger().Factor("concealed", "P1").Factor("recovered-loss", "P1");

        var adjustment = session.One("adjustment");
        Assert.Equal("weigh", adjustment["direction"].AsText);
        Assert.Equal("从重；适当从轻", adjustment["terms"].AsText);
        Assert.Equal(["n5-3-weigh"], session.RuleIds(adjustment));
    }

    [Fact]
    public void Factor_WithoutPerson_AppliesToEveryoneWithAResponsibility()
    {
        var session = Larger().Person("P3").Factor("loss-grew");

        Assert.Equal(["P1", "P2"], session.Query("adjustment").Select(a => a["person"].AsText).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Factor_TheYibinOnlyCodes_AreNotCodesOfThisRuleset()
    {
        var factors = ruleSet.Definition.CodeLists["factors"].Select(c => c.Code).ToList();

        Assert.Equal(["frequent-huge-severe", "loss-grew", "concealed", "recovered-loss"], factors);
        Assert.DoesNotContain(ruleSet.Definition.Rules, r => r.Actions.Any(a => a.FactType == "toleranceDenied"));
    }
}
