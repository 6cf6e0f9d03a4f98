using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Jining;

/// <summary>二(三)1: escalation (提级查办) on the stated grounds, and full-process supervision (全过程督办).</summary>
public sealed class JiningEscalationTest(JiningRuleSet ruleSet) : IClassFixture<JiningRuleSet>
{
    [Theory]
    [InlineData("higher-level-concern")]
    [InlineData("regulator-found")]
    [InlineData("recurring-violation")]
    [InlineData("investigation-without-accountability")]
    public void Ground_ClueOfTheLedger_SasacMayEscalateWhenNecessary(string ground)
    {
        var session = ruleSet.Session().Clue("C1").EscalationGround("C1", ground);

        var trigger = session.One("escalationTrigger");
        Assert.Equal("C1", trigger["subject"].AsText);
        Assert.Equal(ground, trigger["ground"].AsText);
        Assert.Equal("sasac", trigger["escalatedBy"].AsText);
        Assert.Equal("必要时提级查办", trigger["terms"].AsText);
        Assert.Equal(["2-3-1-escalation"], session.RuleIds(trigger));
        Assert.Equal(["stated-escalation-grounds"], session.PolicyIds(trigger));
    }

    [Fact]
    public void Ground_ClueNotInTheLedger_NotedAndNotEscalated()
    {
        var session = ruleSet.Session().Clue("C1").EscalationGround("C2", "recurring-violation");

        Assert.Empty(session.Query("escalationTrigger"));
        Assert.Contains("not in the ledger", Assert.Single(session.Notes("C2")), StringComparison.Ordinal);
    }

    [Fact]
    public void NoGround_ClueIsNotEscalated()
    {
        Assert.Empty(ruleSet.Session().Clue("C1", source: "sasac-transferred").Query("escalationTrigger"));
    }

    [Theory]
    [InlineData("higher-level-concern", "sasac-transferred", true)]
    [InlineData("regulator-found", "sasac-transferred", true)]
    [InlineData("recurring-violation", "sasac-transferred", false)]
    [InlineData("investigation-without-accountability", "sasac-transferred", false)]
    [InlineData("higher-level-concern", "self-found", false)]
    [InlineData("regulator-found", "government-transferred", false)]
    public void FullProcessSupervision_HigherConcernOrRegulatorAndTransferredBySasac(string ground, string source, bool supervised)
    {
        var session = ruleSet.Session().Clue("C1", source: source).EscalationGround("C1", ground);

        var found = session.Query("fullProcessSupervision");
        Assert.Equal(supervised, !found.IsEmpty);
        if (supervised)
        {
            var fact = Assert.Single(found);
            Assert.Equal(ground, fact["ground"].AsText);
            Assert.Equal(["2-3-1-full-process-supervision"], session.RuleIds(fact));
        }
    }
}
