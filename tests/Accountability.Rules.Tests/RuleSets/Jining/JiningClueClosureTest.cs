using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.DutySession;

namespace Accountability.Rules.Tests.RuleSets.Jining;

/// <summary>二(二)1: a clue closes (销号) only when its rectification is complete; incomplete ones are followed up.</summary>
public sealed class JiningClueClosureTest(JiningRuleSet ruleSet) : IClassFixture<JiningRuleSet>
{
    [Fact]
    public void Closed_RectificationIncomplete_IsAViolation()
    {
        var session = ruleSet.Session().Clue("C1", rectificationComplete: false, closed: true, closedOn: "2023-09-01");

        var violation = session.One("clueClosureViolation");
        Assert.Equal("C1", violation["clue"].AsText);
        Assert.Equal(Date("2023-09-01"), violation["closedOn"].AsDate);
        Assert.Equal(["2-2-1-closed-without-rectification"], session.RuleIds(violation));
        Assert.Equal(["closure-needs-rectification"], session.PolicyIds(violation));
        Assert.Single(session.Query("rectificationFollowUp"));
    }

    [Fact]
    public void Closed_RectificationComplete_IsNoViolation()
    {
        var session = ruleSet.Session().Clue("C1", rectificationComplete: true, closed: true);

        Assert.Empty(session.Query("clueClosureViolation"));
        Assert.Empty(session.Query("rectificationFollowUp"));
    }

    [Fact]
    public void Open_RectificationIncomplete_FollowedUpButNoViolation()
    {
        var session = ruleSet.Session().Clue("C1", rectificationComplete: false, closed: false);

        Assert.Empty(session.Query("clueClosureViolation"));
        var followUp = session.One("rectificationFollowUp");
        Assert.Equal("C1", followUp["clue"].AsText);
        Assert.Equal(["2-2-1-follow-up"], session.RuleIds(followUp));
    }

    [Fact]
    public void Open_RectificationComplete_NothingDerived()
    {
        var session = ruleSet.Session().Clue("C1", rectificationComplete: true, closed: false);

        Assert.Empty(session.Query("clueClosureViolation"));
        Assert.Empty(session.Query("rectificationFollowUp"));
    }
}
