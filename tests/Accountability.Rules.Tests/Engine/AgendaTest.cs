using Accountability.Rules.Engine;
using Accountability.Rules.Model;
using static Accountability.Rules.Tests.TestAssets.RuleText;

using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Engine;

public sealed class AgendaTest
{
    [Fact]
    public void Fire_HigherSalienceFirstThenDeclarationOrder()
    {
        var ruleSet = RuleSet(
            Rule("low", 1, [Pattern("l", "loss")], Then("note", ("text", C("low")))),
            Rule("high", 10, [Pattern("l", "loss")], Then("note", ("text", C("high")))),
            Rule("low-second", 1, [Pattern("l", "loss")], Then("note", ("text", C("low-second")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        session.Insert(Loss("L1", 1m));

        session.Fire();

        Assert.Equal(["high", "low", "low-second"], session.Explain().Firings.Select(f => f.Rule.Id));
    }

    [Fact]
    public void Fire_SameRuleSeveralMatches_FiresInActivationOrder()
    {
        var ruleSet = RuleSet(Rule("each", 0, [Pattern("l", "loss")], Then("note", ("text", F("l", "id")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        session.InsertAll([Loss("A", 1m), Loss("B", 1m), Loss("C", 1m)]);

        session.Fire();

        Assert.Equal(["A", "B", "C"], session.Query("note").Select(n => n["text"].AsText));
    }

    [Fact]
    public void Fire_TwoDerivationsOfTheSameFact_HoldOneFactWithBoth()
    {
        var ruleSet = RuleSet(Rule("any-loss", 0, [Pattern("l", "loss")], Then("note", ("text", C("has losses")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        var first = Loss("A", 1m);
        session.InsertAll([first, Loss("B", 1m)]);
        session.Fire();

        var note = Assert.Single(session.Query("note"));
        Assert.Equal(2, session.Derivations(note).Length);

        session.Retract(first);
        session.Fire();
        Assert.Single(session.Derivations(Assert.Single(session.Query("note"))));
    }

    [Fact]
    public void Fire_Join_MatchesOnlyRelatedFacts()
    {
        var ruleSet = RuleSet(Rule(
            "join",
            0,
            [Pattern("l", "loss"), Pattern("c", "circumstance", Eq(F("c", "code"), F("l", "id")))],
            Then("note", ("text", F("l", "id")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        session.InsertAll([Loss("A", 1m), Loss("B", 1m), Circumstance("B"), Circumstance("X")]);

        session.Fire();

        Assert.Equal("B", Assert.Single(session.Query("note"))["text"].AsText);
    }

    [Fact]
    public void Fire_Negation_HoldsOnlyWhileNothingMatches()
    {
        var ruleSet = RuleSet(
            Rule("flag", 10, [Pattern("c", "circumstance")], Then("scopeFlag", ("code", F("c", "code")), ("note", C("out")))),
            Rule("in-scope", 0, [Not("s", "scopeFlag")], Then("note", ("text", C("in scope")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        session.Fire();
        Assert.Single(session.Query("note"));

        var circumstance = Circumstance("safety-production-accident");
        session.Insert(circumstance);
        session.Fire();
        Assert.Empty(session.Query("note"));

        session.Retract(circumstance);
        session.Fire();
        Assert.Single(session.Query("note"));
    }

    [Fact]
    public void Fire_RulesFeedingEachOtherForever_StopsWithCycleErrorNamingTheRules()
    {
        // Each total is the previous one plus one: a new fact every firing, never quiescent.
        var ruleSet = RuleSet(
            Rule("seed", 10, [Pattern("l", "loss")], Then("excludedLoss", ("loss", F("l", "id")), ("amount", F("l", "amount")), ("reason", C("seed")))),
            Rule(
                "grow",
                0,
                [Pattern("e", "excludedLoss")],
                Then("excludedLoss", ("loss", F("e", "loss")), ("amount", Call(BuiltInFunction.Coalesce, Call(BuiltInFunction.PercentOf, F("e", "amount"), C(50m)), C(0m))), ("reason", C("grow")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession(new SessionOptions { MaxFirings = 50 });
        session.Insert(Loss("L1", 3m));

        var error = Assert.Throws<RuleCycleException>(() => session.Fire());

        Assert.Equal(50, error.Limit);
        Assert.Equal("grow", error.RuleIds[0]);
        Assert.Contains("grow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_RuleWhoseFirstLookFoundNoMatch_TakesTheFactsThatComeLater()
    {
        // The rule is looked at once a loss and a contingent loss are held (its first pattern has no key, its second has
        // one), whatever their amounts: here first while no loss is large (its first pattern admits none), then, in
        // another case, while no contingent loss is over 5 (its second admits none). Each later fact must still reach
        // it, alone, whichever pattern it completes.
        var compiled = RuleCompiler.Compile(RuleSet(Rule(
            "large-with-contingent",
            0,
            [Pattern("l", "loss", Gt(F("l", "amount"), C(100m))), Pattern("c", "loss", And(Eq(F("c", "kind"), C("contingent")), Gt(F("c", "amount"), C(5m))))],
            Then("excludedLoss", ("loss", F("l", "id")), ("amount", F("c", "amount")), ("reason", F("c", "id"))))));
        string[] Matches(ISession session)
        {
            session.Fire();
            return [.. session.Query("excludedLoss").Select(e => e["loss"].AsText + "+" + e["reason"].AsText).Order(StringComparer.Ordinal)];
        }

        var noLargeLoss = TestEngine.Of(compiled).CreateSession();
        noLargeLoss.Insert(Loss("S1", 10m, "contingent"));
        Assert.Empty(Matches(noLargeLoss));
        noLargeLoss.Insert(Loss("L1", 500m));
        Assert.Equal(["L1+S1"], Matches(noLargeLoss));
        noLargeLoss.Insert(Loss("S2", 3m, "contingent"));
        Assert.Equal(["L1+S1"], Matches(noLargeLoss));
        noLargeLoss.Insert(Loss("L2", 200m, "contingent"));
        Assert.Equal(["L1+L2", "L1+S1", "L2+L2", "L2+S1"], Matches(noLargeLoss));

        var noContingentOverFive = TestEngine.Of(compiled).CreateSession();
        noContingentOverFive.InsertAll([Loss("L1", 500m), Loss("S2", 3m, "contingent")]);
        Assert.Empty(Matches(noContingentOverFive));
        noContingentOverFive.Insert(Loss("S1", 10m, "contingent"));
        Assert.Equal(["L1+S1"], Matches(noContingentOverFive));
    }
}
