using System.Collections.Immutable;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.RuleText;

namespace Accountability.Rules.Tests.Engine;

/// <summary>Derived facts are a set by value: an equal fact asserted again gains a derivation, whatever its field kinds.</summary>
public sealed class DerivedFactSetTest
{
    // Two rules assert the same sanction, each with its own (equal) list of measures.
    private static readonly RuleSetDefinition TwoRulesOneSanction = RuleSet(
        Rule("by-amount", 10, [Pattern("l", "loss", Gt(F("l", "amount"), C(0m)))], Sanction()),
        Rule("by-kind", 0, [Pattern("l", "loss", Eq(F("l", "kind"), C("direct")))], Sanction()));

    [Fact]
    public void Fire_TwoRulesAssertEqualFactsWithATextList_HoldsOneFactWithTwoDerivations()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(TwoRulesOneSanction)).CreateSession();
        session.Insert(Loss("L1", 100m));

        var fired = session.Fire();

        Assert.Equal(2, fired);
        var sanction = Assert.Single(session.Query("sanction"));
        Assert.Equal<string>(["诫勉", "降职"], sanction["measures"].AsTextList);
        Assert.Equal(["by-amount", "by-kind"], session.Derivations(sanction).Select(d => d.Rule.Id));
        Assert.All(session.Explain().Firings, f => Assert.Same(sanction, Assert.Single(f.Asserted)));
    }

    [Fact]
    public void Retract_FactBehindOneOfTwoDerivations_KeepsTheTextListFact()
    {
        var ruleSet = RuleSet(
            Rule("by-loss", 10, [Pattern("l", "loss")], Sanction()),
            Rule("by-circumstance", 0, [Pattern("c", "circumstance")], Sanction()));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        var circumstance = Circumstance("severe-consequences");
        session.InsertAll([Loss("L1", 100m), circumstance]);
        session.Fire();

        session.Retract(circumstance);
        session.Fire();

        var sanction = Assert.Single(session.Query("sanction"));
        Assert.Equal("by-loss", Assert.Single(session.Derivations(sanction)).Rule.Id);
        var withdrawal = Assert.Single(session.Explain().Withdrawals);
        Assert.Equal("by-circumstance", withdrawal.Rule.Id);
        Assert.Empty(withdrawal.Retracted);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(20)]
    public void Fire_ManyFactsOfADerivedType_EachEqualFactHeldOnceWithBothDerivations(int losses)
    {
        // Working memory looks through a few facts of a type one by one and indexes a type holding
        // more by value: either way an equal fact joins the one held, also after facts went and came back.
        var ruleSet = RuleSet(
            Rule("first", 10, [Pattern("l", "loss")], Then("note", ("text", F("l", "id")))),
            Rule("second", 0, [Pattern("l", "loss")], Then("note", ("text", F("l", "id")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        var facts = Enumerable.Range(1, losses).Select(i => Loss($"L{i}", i)).ToArray();
        session.InsertAll(facts);
        session.Fire();

        session.Retract(facts[1]);
        session.Fire();
        session.Insert(Loss("L2", 2m));
        session.Fire();

        var notes = session.Query("note");
        Assert.Equal(facts.Select(f => f["id"].AsText).Except(["L2"]).Append("L2"), notes.Select(n => n["text"].AsText));
        Assert.All(notes, note => Assert.Equal(["first", "second"], session.Derivations(note).Select(d => d.Rule.Id)));
    }

    private static AssertAction Sanction() => Then(
        "sanction",
        ("person", C("P1")),
        ("tier", C("major")),
        ("responsibility", C("direct")),

        // A new array per rule and per call: equal items, never the same instance.
        ("measures", new ConstantExpression(Value.Of(ImmutableArray.Create(new string("诫勉".AsSpan()), new string("降职".AsSpan()))))),
        ("salaryMaxExclusive", new ConstantExpression(Value.False)),
        ("salaryDeferred", new ConstantExpression(Value.False)),
        ("nonePrescribed", new ConstantExpression(Value.False)));
}
