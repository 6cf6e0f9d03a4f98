using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using static Accountability.Rules.Tests.TestAssets.RuleText;

using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Engine;

public sealed class ForwardChainingTest
{
    // loss -> countedLoss -> (sum) lossTotal -> tierCriterion: three steps of chaining.
    private static readonly RuleSetDefinition Chain = RuleSet(
        Rule("count", 100, [Pattern("l", "loss")], Then("countedLoss", ("loss", F("l", "id")), ("amount", F("l", "amount")), ("kind", F("l", "kind")))),
        Rule("total", 90, [new AggregateElement("sum", "countedLoss", "c", null, AggregateFunction.Sum, "amount")], Then("lossTotal", ("amount", new BindingExpression("sum")))),
        Rule("big", 80, [Pattern("t", "lossTotal", Gt(F("t", "amount"), C(100m)))], Then("tierCriterion", ("tier", C("major")), ("rank", C(3m)), ("criterion", C("amount")))));

    [Fact]
    public void Fire_ChainOfRules_DerivesEachStep()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Chain)).CreateSession();
        session.InsertAll([Loss("L1", 60m), Loss("L2", 50m)]);

        session.Fire();

        Assert.Equal(2, session.Query("countedLoss").Length);
        var total = Assert.Single(session.Query("lossTotal"));
        Assert.Equal(110m, total["amount"].AsNumber);
        Assert.Equal("major", Assert.Single(session.Query("tierCriterion"))["tier"].AsText);
    }

    [Fact]
    public void Fire_OneMatchingFact_FiresOnce()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Chain)).CreateSession();
        session.Insert(Loss("L1", 10m));

        var first = session.Fire();
        var second = session.Fire();

        Assert.Equal(2, first); // count, total
        Assert.Equal(0, second);
        Assert.Single(session.Query("countedLoss"));
    }

    [Fact]
    public void Fire_FactInsertedAfterFiring_AggregateFiresAgainAndOldTotalIsWithdrawn()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Chain)).CreateSession();
        session.Insert(Loss("L1", 60m));
        session.Fire();
        Assert.Empty(session.Query("tierCriterion"));

        session.Insert(Loss("L2", 50m));
        session.Fire();

        Assert.Equal(110m, Assert.Single(session.Query("lossTotal"))["amount"].AsNumber);
        Assert.Single(session.Query("tierCriterion"));
        var withdrawal = Assert.Single(session.Explain().Withdrawals);
        Assert.Equal("total", withdrawal.Rule.Id);
        Assert.Equal(60m, Assert.Single(withdrawal.Retracted)["amount"].AsNumber);
    }

    [Fact]
    public void Retract_InputFact_WithdrawsEverythingDerivedFromIt()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Chain)).CreateSession();
        var big = Loss("L1", 200m);
        session.Insert(big);
        session.Fire();
        Assert.Single(session.Query("tierCriterion"));

        session.Retract(big);
        session.Fire();

        Assert.Empty(session.Query("countedLoss"));
        Assert.Equal(0m, Assert.Single(session.Query("lossTotal"))["amount"].AsNumber);
        Assert.Empty(session.Query("tierCriterion"));
    }

    [Fact]
    public void Update_InputFact_ConclusionsFollowTheNewValue()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Chain)).CreateSession();
        var loss = Loss("L1", 10m);
        session.Insert(loss);
        session.Fire();

        session.Update(loss, Loss("L1", 500m));
        session.Fire();

        Assert.Equal(500m, Assert.Single(session.Query("lossTotal"))["amount"].AsNumber);
        Assert.Single(session.Query("tierCriterion"));
    }

    [Fact]
    public void Derivations_DerivedFact_NamesRuleCitationAndMatchedFacts()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Chain)).CreateSession();
        var loss = Loss("L1", 200m);
        session.Insert(loss);
        session.Fire();

        var counted = Assert.Single(session.Query("countedLoss"));
        var derivation = Assert.Single(session.Derivations(counted));

        Assert.Equal("count", derivation.Rule.Id);
        Assert.Equal(Cite, derivation.Rule.Citation);
        Assert.Same(loss, Assert.Single(derivation.Matched));
        Assert.Empty(session.Derivations(loss));
    }

    [Fact]
    public void Explain_RecordsFiringsInOrderWithAssertedFacts()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Chain)).CreateSession();
        session.Insert(Loss("L1", 200m));
        session.Fire();

        var firings = session.Explain().Firings;

        Assert.Equal(["count", "total", "big"], firings.Select(f => f.Rule.Id));
        Assert.Equal([1, 2, 3], firings.Select(f => f.Sequence));
        Assert.Equal("tierCriterion", Assert.Single(firings[2].Asserted).Schema.Name);
    }

    [Fact]
    public void Retract_DerivedFact_IsRefused()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Chain)).CreateSession();
        session.Insert(Loss("L1", 200m));
        session.Fire();

        var error = Assert.Throws<ArgumentException>(() => session.Retract(session.Query("countedLoss")[0]));
        Assert.Contains("withdrawn by the rules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_TheSameFactTwice_IsRefusedAndChangesNothing()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Chain)).CreateSession();
        var loss = Loss("L1", 200m);
        session.Insert(loss);

        var error = Assert.Throws<ArgumentException>(() => session.Insert(loss));
        Assert.Contains("already inserted", error.Message, StringComparison.Ordinal);

        // The refused insert held nothing: the loss counts once.
        session.Insert(Loss("L2", 50m));
        session.Fire();
        Assert.Equal(2, session.Query("countedLoss").Length);
        Assert.Equal(250m, Assert.Single(session.Query("lossTotal"))["amount"].AsNumber);
    }

    [Fact]
    public void Insert_AFactTheSessionDerived_IsRefused()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Chain)).CreateSession();
        session.Insert(Loss("L1", 200m));
        session.Fire();
        var derived = session.Query("countedLoss")[0];

        var error = Assert.Throws<ArgumentException>(() => session.Insert(derived));
        Assert.Contains("already inserted", error.Message, StringComparison.Ordinal);
        Assert.Single(session.Query("countedLoss"));
    }
}
