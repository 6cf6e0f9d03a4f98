using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.National;

/// <summary>三: what counts in the loss, the tier only as a case states it, and the plain answer when it does not.</summary>
public sealed class NationalLossTest(NationalRuleSet ruleSet) : IClassFixture<NationalRuleSet>
{
    private const string NoTierTable = "no tier table in this ruleset; supply one by overlay";

    [Fact]
    public void Loss_DirectAndIndirect_CountAndAddUp()
    {
        var session = ruleSet.Session().Enterprise().Loss(2_000_000m).Loss(500_000.5m, "indirect");

        Assert.Equal(2_500_000.5m, session.One("lossTotal")["amount"].AsNumber);
        Assert.Equal(["n3-1-direct-indirect"], session.RuleIds("countedLoss"));
        Assert.Equal(["n3-1-loss-total"], session.RuleIds("lossTotal"));
    }

    [Fact]
    public void Loss_ContingentAssessed_Counts()
    {
        var session = ruleSet.Session().Enterprise().Loss(300_000m, "contingent", assessedByIntermediary: true);

        Assert.Equal(300_000m, session.One("lossTotal")["amount"].AsNumber);
        Assert.Equal(["n3-3-contingent-assessed"], session.RuleIds("countedLoss"));
    }

    [Fact]
    public void Loss_ContingentNotAssessed_IsExcludedWithANote()
    {
        var session = ruleSet.Session().Enterprise().Loss(1_000m).Loss(300_000m, "contingent");

        Assert.Equal(1_000m, session.One("lossTotal")["amount"].AsNumber);
        var excluded = session.One("excludedLoss");
        Assert.Equal("L2", excluded["loss"].AsText);
        Assert.Equal(["n3-3-contingent-unassessed"], session.RuleIds(excluded));
        Assert.Contains(session.Notes("lossSeverity"), n => n.Contains("三(三)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1_000_000)]
    [InlineData(10_000_000)]
    [InlineData(999_999_999_999)]
    public void Tier_AnyAmountWithoutClassification_NoTierAndThePlainAnswer(long amount)
    {
        var session = ruleSet.Session().Matter(amount, 100_000_000m);

        Assert.Null(session.Tier);
        Assert.Empty(session.Query("tierCriterion"));
        var note = Assert.Single(session.Notes("lossSeverity"));
        Assert.StartsWith(NoTierTable, note, StringComparison.Ordinal);
        Assert.Equal(["n3-2-no-tier-table"], session.RuleIds(session.One("note", "subject", "lossSeverity")));
    }

    [Theory]
    [InlineData("classified-general", "general", 1)]
    [InlineData("classified-larger", "larger", 2)]
    [InlineData("classified-major", "major", 3)]
    public void Tier_Classified_IsTheStatedTierWithoutTheNoTableNote(string circumstance, string tier, int rank)
    {
        var session = ruleSet.Session().Matter(1m).Circumstance(circumstance);

        var fact = session.One("lossTier");
        Assert.Equal(tier, fact["tier"].AsText);
        Assert.Equal(rank, fact["rank"].AsNumber);
        Assert.Equal(["n3-2-" + circumstance], session.RuleIds(fact));
        Assert.DoesNotContain(session.Notes("lossSeverity"), n => n.StartsWith(NoTierTable, StringComparison.Ordinal));
    }

    [Fact]
    public void Tier_ClassifiedWithoutLosses_IsStillTheStatedTier()
    {
        var session = ruleSet.Session().Circumstance("classified-major");

        Assert.Equal("major", session.Tier);
        Assert.Empty(session.Notes("lossSeverity"));
    }

    [Fact]
    public void Tier_TwoClassifications_AreNoted()
    {
        var session = ruleSet.Session().Matter(1m).Circumstance("classified-general").Circumstance("classified-major");

        Assert.Equal(2, session.Query("lossTier").Length);
        var note = Assert.Single(session.Notes("lossSeverity"));
        Assert.Contains("more than one classification", note, StringComparison.Ordinal);
        Assert.Equal(["n3-2-classified-conflict"], session.RuleIds(session.One("note", "subject", "lossSeverity")));
    }

    // 三(二) names the other proceedings' loss standard; 五(一), 五(二) and 五(二)4 have accountability
    // proceed alongside: no scope flag, a note.
    [Fact]
    public void Scope_DisciplineOrCriminal_EvaluatedWithNote()
    {
        var session = ruleSet.Session().Matter(1m).Circumstance("classified-larger").Circumstance("discipline-or-criminal");

        Assert.Empty(session.Query("scopeFlag"));
        Assert.Equal("larger", session.One("lossTier")["tier"].AsText);
        var note = Assert.Single(session.Notes("lossSeverity"));
        Assert.Contains("党内法规", note, StringComparison.Ordinal);
        Assert.Contains("proceeds alongside", note, StringComparison.Ordinal);
        Assert.Equal(["n3-2-discipline-or-criminal"], session.RuleIds(session.One("note", "subject", "lossSeverity")));
    }

    [Fact]
    public void Scope_NoCircumstance_NoFlag() =>
        Assert.Empty(ruleSet.Session().Matter(1m).Circumstance("classified-larger").Query("scopeFlag"));
}
