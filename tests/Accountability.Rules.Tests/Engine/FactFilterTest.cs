using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using static Accountability.Rules.Tests.TestAssets.RuleText;

using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Engine;

/// <summary>
/// A fact that fails every test of a rule's elements on the fact alone takes no part in the rule's matches, and
/// the agenda skips the rule for it (<see cref="FactFilter"/>); a fact that passes one of them must still reach it.
/// </summary>
public sealed class FactFilterTest
{
    // The agenda comes to "large-excluded" in its turn, before "exclude" fires: no excluded loss is held then, or
    // (given) only one that fails its first pattern's test, so it has no match. An excluded loss derived later that
    // passes the test must still reach it; one that fails it must not.
    [Theory]
    [InlineData(500, true, new[] { "exclude", "large-excluded" })]
    [InlineData(500, false, new[] { "exclude", "large-excluded" })]
    [InlineData(50, true, new[] { "exclude" })]
    [InlineData(50, false, new[] { "exclude" })]
    public void Fire_PatternAdmittingNoFactAtTheRulesTurn_TakesAFactDerivedLaterThatPassesItsTest(int amount, bool given, string[] firings)
    {
        var ruleSet = RuleSet(
            Rule(
                "large-excluded",
                10,
                [Pattern("e", "excludedLoss", Gt(F("e", "amount"), C(100m))), Pattern("l", "loss", Eq(F("l", "id"), F("e", "loss")))],
                Then("note", ("text", F("l", "id")))),
            Rule("exclude", 0, [Pattern("l", "loss")], Then("excludedLoss", ("loss", F("l", "id")), ("amount", F("l", "amount")), ("reason", C("derived")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        session.Insert(Loss("X", amount));
        if (given)
        {
            session.Insert(Fact.Create(Schema("excludedLoss"), ("loss", Value.Of("E0")), ("amount", Value.Of(5m)), ("reason", Value.Of("given"))));
        }

        session.Fire();

        Assert.Equal(firings, session.Explain().Firings.Select(f => f.Rule.Id));
        Assert.Equal(amount > 100 ? ["X"] : [], session.Query("note").Select(n => n["text"].AsText));
    }

    [Fact]
    public void Fire_NegatedType_OnlyAFactPassingTheNegationsOwnTestBlocksItAndItsRetractionUnblocks()
    {
        var ruleSet = RuleSet(Rule("no-large-loss", 0, [Not("l", "loss", Gt(F("l", "amount"), C(100m)))], Then("note", ("text", C("no large loss")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        var small = Loss("S", 10m);
        session.Insert(small);
        session.Fire();
        Assert.Single(session.Query("note"));

        var large = Loss("L", 500m);
        session.Insert(large);
        session.Fire();
        Assert.Empty(session.Query("note"));

        session.Retract(large);
        session.Fire();
        Assert.Single(session.Query("note"));

        session.Retract(small);
        session.Fire();
        Assert.Single(session.Query("note"));
    }

    [Fact]
    public void Fire_AggregatedType_OnlyFactsPassingTheAggregatesOwnTestChangeTheSum()
    {
        var ruleSet = RuleSet(Rule(
            "direct-total",
            0,
            [new AggregateElement("sum", "loss", "l", Eq(F("l", "kind"), C("direct")), AggregateFunction.Sum, "amount")],
            Then("lossTotal", ("amount", new BindingExpression("sum")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        session.InsertAll([Loss("D1", 60m), Loss("I1", 40m, "indirect")]);
        session.Fire();
        Assert.Equal(60m, Assert.Single(session.Query("lossTotal"))["amount"].AsNumber);

        var indirect = Loss("I2", 30m, "indirect");
        session.Insert(indirect);
        session.Fire();
        Assert.Equal(60m, Assert.Single(session.Query("lossTotal"))["amount"].AsNumber);

        var direct = Loss("D2", 10m);
        session.Insert(direct);
        session.Fire();
        Assert.Equal(70m, Assert.Single(session.Query("lossTotal"))["amount"].AsNumber);

        session.Retract(direct);
        session.Retract(indirect);
        session.Fire();
        Assert.Equal(60m, Assert.Single(session.Query("lossTotal"))["amount"].AsNumber);
    }

    [Fact]
    public void Fire_TwoElementsOfOneType_AFactPassingOnlyTheSecondElementsTestStillMatchesThere()
    {
        var ruleSet = RuleSet(Rule(
            "direct-and-indirect",
            0,
            [Pattern("d", "loss", Eq(F("d", "kind"), C("direct"))), Pattern("i", "loss", Eq(F("i", "kind"), C("indirect")))],
            Then("note", ("text", F("i", "id")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        session.Insert(Loss("D", 1m));
        session.Fire();
        Assert.Empty(session.Query("note"));

        session.Insert(Loss("I", 1m, "indirect"));
        session.Fire();

        Assert.Equal("I", Assert.Single(session.Query("note"))["text"].AsText);
    }

    [Fact]
    public void Fire_JoinWithATestOnTheFactAlone_MatchesOnlyFactsPassingBoth()
    {
        var ruleSet = RuleSet(Rule(
            "joined",
            0,
            [Pattern("l", "loss"), Pattern("c", "circumstance", And(Eq(F("c", "code"), F("l", "id")), Eq(F("c", "code"), C("B"))))],
            Then("note", ("text", F("c", "code")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        session.InsertAll([Loss("A", 1m), Loss("B", 1m)]);
        session.Fire();
        session.InsertAll([Circumstance("A"), Circumstance("B"), Circumstance("C")]);
        session.Fire();

        Assert.Equal("B", Assert.Single(session.Query("note"))["text"].AsText);
    }

    [Fact]
    public void For_ElementsOfTheType_IsNullWhenOneTestsNothingOfTheFactAlone()
    {
        var ruleSet = RuleSet(
            Rule("own-test", 0, [Pattern("l", "loss", Gt(F("l", "amount"), C(1m)))], Then("note", ("text", C("x")))),
            Rule("join-only", 0, [Pattern("l", "loss"), Pattern("c", "circumstance", Eq(F("c", "code"), F("l", "id")))], Then("note", ("text", C("y")))));
        var compiled = RuleCompiler.Compile(ruleSet);
        var loss = compiled.Catalog["loss"].Ordinal;
        var circumstance = compiled.Catalog["circumstance"].Ordinal;

        var filter = FactFilter.For(compiled.Rules[0], loss);
        Assert.NotNull(filter);
        var scratch = new MatchContext(compiled.MaxSlots);
        Assert.True(filter.Admits(Loss("big", 5m), scratch));
        Assert.False(filter.Admits(Loss("small", 1m), scratch));
        Assert.All(scratch.Facts, Assert.Null);

        Assert.Null(FactFilter.For(compiled.Rules[1], loss));
        Assert.Null(FactFilter.For(compiled.Rules[1], circumstance));
    }
}
