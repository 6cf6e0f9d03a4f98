using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Yibin;

/// <summary>Art. 31 (从重或加重), Art. 32 (减轻或免于) and the tolerance exclusions of Art. 32 ¶1, under the adjustment-range policy.</summary>
public sealed class YibinFactorTest(YibinRuleSet ruleSet) : IClassFixture<YibinRuleSet>
{
    private YibinSession Case() => ruleSet.Session().Matter(5_000_000m, 10_000_000_000m).Person("P1", responsibility: "direct");

    [Theory]
    [InlineData("frequent-huge-severe")]
    [InlineData("external-supervision")]
    [InlineData("loss-grew")]
    [InlineData("concealed")]
    [InlineData("other-aggravating")]
    public void Factor_Art31Item_AggravatesTheSanction(string code)
    {
        var session = Case().Factor(code, "P1");

        var finding = session.One("factorFinding");
        Assert.Equal("P1", finding["person"].AsText);
        Assert.Equal(code, finding["factor"].AsText);
        Assert.Equal("aggravating", finding["direction"].AsText);
        Assert.Equal("从重或加重", finding["terms"].AsText);
        var adjustment = session.One("adjustment");
        Assert.Equal("aggravate", adjustment["direction"].AsText);
        Assert.Equal("从重或加重", adjustment["terms"].AsText);
        Assert.Equal(["adjustment-aggravate"], session.RuleIds(adjustment));
    }

    [Theory]
    [InlineData("minor")]
    [InlineData("reform-no-gain")]
    [InlineData("not-prohibited")]
    [InlineData("emergency-ratified")]
    [InlineData("recovered-loss")]
    [InlineData("self-reported")]
    [InlineData("other-mitigating")]
    public void Factor_Art32Item_MayMitigateTheSanction(string code)
    {
        var session = Case().Factor(code, "P1");

        var finding = session.One("factorFinding");
        Assert.Equal(code, finding["factor"].AsText);
        Assert.Equal("mitigating", finding["direction"].AsText);
        Assert.Equal("减轻或免于", finding["terms"].AsText);
        var adjustment = session.One("adjustment");
        Assert.Equal("mitigate", adjustment["direction"].AsText);
        Assert.Equal("减轻或免于", adjustment["terms"].AsText);
        Assert.Equal(["adjustment-mitigate"], session.RuleIds(adjustment));
    }

    [Theory]
    [InlineData("defied-orders")]
    [InlineData("defied-bans")]
    [InlineData("improper-gain")]
    [InlineData("intent")]
    [InlineData("arbitrary")]
    [InlineData("other-excluding-tolerance")]
    public void Factor_ToleranceExclusion_MitigationNotAvailable(string ground)
    {
        var session = Case().Factor("minor", "P1").Factor(ground, "P1");

        var denied = session.One("toleranceDenied");
        Assert.Equal("P1", denied["person"].AsText);
        Assert.Equal(ground, denied["ground"].AsText);
        var adjustment = session.One("adjustment");
        Assert.Equal("none", adjustment["direction"].AsText);
        Assert.Equal("不予容错", adjustment["terms"].AsText);
        Assert.Equal("Art. 32 ¶1 excludes tolerance: the mitigation items that concern the error itself (Art. 32(1)-(4), (7)) are not available", adjustment["effect"].AsText);
        Assert.Equal(["adjustment-tolerance-denied"], session.RuleIds(adjustment));
    }

    [Theory]
    [InlineData("defied-orders")]
    [InlineData("defied-bans")]
    [InlineData("improper-gain")]
    [InlineData("intent")]
    [InlineData("arbitrary")]
    public void Factor_ToleranceExclusionWithBothKinds_Aggravates(string ground)
    {
        var session = Case().Factor("concealed", "P1").Factor("minor", "P1").Factor(ground, "P1");

        var adjustment = session.One("adjustment");
        Assert.Equal("aggravate", adjustment["direction"].AsText);
        Assert.Equal("从重或加重", adjustment["terms"].AsText);
        Assert.Equal(["adjustment-aggravate-tolerance-denied"], session.RuleIds(adjustment));
    }

    [Fact]
    public void Factor_ToleranceExclusionWithAggravatingOnly_Aggravates()
    {
        var session = Case().Factor("loss-grew", "P1").Factor("intent", "P1");

        var adjustment = session.One("adjustment");
        Assert.Equal("aggravate", adjustment["direction"].AsText);
        Assert.Equal(["adjustment-aggravate"], session.RuleIds(adjustment));
    }

    [Fact]
    public void Factor_ToleranceExclusionAlone_NoAdjustment()
    {
        var session = Case().Factor("arbitrary", "P1");

        Assert.Single(session.Query("toleranceDenied"));
        Assert.Empty(session.Query("factorFinding"));
        Assert.Empty(session.Query("adjustment"));
    }

    [Fact]
    public void Factor_BothKindsNoExclusion_AreWeighed()
    {
        var session = Case().Factor("external-supervision", "P1").Factor("self-reported", "P1");

        var adjustment = session.One("adjustment");
        Assert.Equal("weigh", adjustment["direction"].AsText);
        Assert.Equal(["adjustment-weigh"], session.RuleIds(adjustment));
    }

    [Fact]
    public void Factor_SeveralOfOneKind_OneAdjustment()
    {
        var session = Case().Factor("concealed", "P1").Factor("loss-grew", "P1").Factor("other-aggravating", "P1");

        Assert.Equal(3, session.Query("factorFinding").Length);
        Assert.Equal("aggravate", session.One("adjustment")["direction"].AsText);
    }

    [Fact]
    public void Factor_WithoutPerson_AppliesToEveryone()
    {
        var session = Case().Person("P2", responsibility: "supervisory").Factor("external-supervision");

        Assert.Equal("aggravate", session.One("adjustment", "person", "P1")["direction"].AsText);
        Assert.Equal("aggravate", session.One("adjustment", "person", "P2")["direction"].AsText);
    }

    [Fact]
    public void Factor_ForOnePerson_DoesNotTouchAnother()
    {
        var session = Case().Person("P2", responsibility: "supervisory").Factor("minor", "P1").Factor("intent", "P2");

        Assert.Equal("mitigate", session.One("adjustment", "person", "P1")["direction"].AsText);
        Assert.Empty(session.Query("adjustment", "person", "P2"));
        Assert.Empty(session.Query("toleranceDenied", "person", "P1"));
    }

    [Fact]
    public void Factor_Adjustment_NamesTheAdjustmentPolicy()
    {
        var session = Case().Factor("minor", "P1");

        var derivation = Assert.Single(session.Engine.Derivations(session.One("adjustment")));
        Assert.Equal("adjustment-range", derivation.Rule.PolicyId);
    }

    // adjustment-range: Art. 32(5) and (6) are conduct after the fact; a ground that excludes
    // tolerance (Art. 32 ¶1's first sentence) does not bar them (the old reading barred every item).
    [Theory]
    [InlineData("recovered-loss", "intent")]
    [InlineData("self-reported", "improper-gain")]
    [InlineData("recovered-loss", "other-excluding-tolerance")]
    public void Factor_ToleranceExcludedButAfterTheFactItem_MitigationStaysAvailable(string item, string ground)
    {
        var session = Case().Factor("minor", "P1").Factor(item, "P1").Factor(ground, "P1");

        Assert.Single(session.Query("toleranceDenied"));
        var adjustment = session.One("adjustment");
        Assert.Equal("mitigate", adjustment["direction"].AsText);
        Assert.Equal("减轻或免于", adjustment["terms"].AsText);
        Assert.Equal(["adjustment-mitigate-after-the-fact"], session.RuleIds(adjustment));
    }

    [Fact]
    public void Factor_ToleranceExcludedAggravatingAndAfterTheFactItem_AreWeighed()
    {
        var session = Case().Factor("concealed", "P1").Factor("self-reported", "P1").Factor("arbitrary", "P1");

        var adjustment = session.One("adjustment");
        Assert.Equal("weigh", adjustment["direction"].AsText);
        Assert.Equal(["adjustment-weigh-after-the-fact"], session.RuleIds(adjustment));
    }

    // The text sets no ceiling for 加重 and no floor for 减轻: the result says so and names no row.
    [Theory]
    [InlineData("concealed", "the text sets no ceiling for 加重")]
    [InlineData("minor", "the text sets no floor for 减轻")]
    public void Factor_AdjustmentBeyondTheRange_NoBoundTheTextDoesNotState(string factor, string said)
    {
        var effect = Case().Factor(factor, "P1").One("adjustment")["effect"].AsText;

        Assert.Contains(said, effect, StringComparison.Ordinal);
        Assert.Contains("the decision maker fixes the measure and the figure", effect, StringComparison.Ordinal);
        Assert.DoesNotContain("tier's row", effect, StringComparison.Ordinal);
    }
}
