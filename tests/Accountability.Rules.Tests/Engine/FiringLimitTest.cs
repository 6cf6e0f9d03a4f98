using Accountability.Rules.Engine;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.RuleText;

namespace Accountability.Rules.Tests.Engine;

/// <summary>The firing limit of one call of Fire, and the rules a cycle error names (the last 100 firings).</summary>
public sealed class FiringLimitTest
{
    // "seed" fires once, then "grow" feeds itself forever: each excluded loss one more than the last.
    private static readonly RuleSetDefinition Cycle = RuleSet(
        Rule("seed", 10, [Pattern("l", "loss")], Then("excludedLoss", ("loss", F("l", "id")), ("amount", F("l", "amount")), ("reason", C("seed")))),
        Rule("grow", 0, [Pattern("e", "excludedLoss")], Then("excludedLoss", ("loss", F("e", "loss")), ("amount", Call(BuiltInFunction.Add, F("e", "amount"), C(1m))), ("reason", C("grow")))));

    [Theory]
    [InlineData(100, new[] { "grow", "seed" })]
    [InlineData(101, new[] { "grow" })]
    [InlineData(250, new[] { "grow" })]
    public void Fire_Cycle_NamesTheRulesOfTheLastHundredFirings(int limit, string[] expected)
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Cycle)).CreateSession(new SessionOptions { MaxFirings = limit, RecordExplanation = false });
        session.Insert(Loss("L1", 1m));

        var error = Assert.Throws<RuleCycleException>(() => session.Fire());

        Assert.Equal(limit, error.Limit);
        Assert.Equal(expected, error.RuleIds);
    }

    [Fact]
    public void Diagnostics_OneAtEachRuleOfTheCycle()
    {
        var at = new SourceLocation("cycle.yaml", 7, 5);
        var definition = Cycle with { Rules = [Cycle.Rules[0], Cycle.Rules[1] with { Source = at }] };
        var session = TestEngine.Of(RuleCompiler.Compile(definition)).CreateSession(new SessionOptions { MaxFirings = 100, RecordExplanation = false });
        session.Insert(Loss("L1", 1m));

        var error = Assert.Throws<RuleCycleException>(() => session.Fire());

        var diagnostics = error.Diagnostics(definition);
        Assert.Equal([("ACR0901", at), ("ACR0901", (SourceLocation?)null)], diagnostics.Select(d => (d.Id, d.Location)));
        Assert.Equal("cycle.yaml:7:5: error ACR0901: rule 'grow' kept firing past the limit of 100 firings; the rules grow, seed form a cycle", diagnostics[0].ToString()[..diagnostics[0].ToString().IndexOf(" (hint:", StringComparison.Ordinal)]);
    }

    [Fact]
    public void Fire_LimitZeroWithAnActivation_ThrowsNamingNoRule()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Cycle)).CreateSession(new SessionOptions { MaxFirings = 0 });
        session.Insert(Loss("L1", 1m));

        var error = Assert.Throws<RuleCycleException>(() => session.Fire());

        Assert.Empty(error.RuleIds);
        Assert.Empty(session.Explain().Firings);
    }

    [Fact]
    public void Fire_LimitCountsEachCallAfresh()
    {
        var ruleSet = RuleSet(Rule("each", 0, [Pattern("l", "loss")], Then("note", ("text", F("l", "id")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession(new SessionOptions { MaxFirings = 2 });
        session.InsertAll([Loss("A", 1m), Loss("B", 1m)]);
        var first = session.Fire();
        session.InsertAll([Loss("C", 1m), Loss("D", 1m)]);

        var second = session.Fire();

        Assert.Equal((2, 2), (first, second));
        Assert.Equal([1, 2, 3, 4], session.Explain().Firings.Select(f => f.Sequence));
    }

    // The compiled engine's own behaviour: on NRules the activation that met the limit is gone.
    [Fact]
    public void Fire_AtTheLimit_CompiledEngineLeavesTheNextActivationPending()
    {
        var ruleSet = RuleSet(Rule("each", 0, [Pattern("l", "loss")], Then("note", ("text", F("l", "id")))));
        var session = RuleCompiler.Compile(ruleSet).CreateSession(new SessionOptions { MaxFirings = 2 });
        session.InsertAll([Loss("A", 1m), Loss("B", 1m), Loss("C", 1m)]);

        Assert.Throws<RuleCycleException>(() => session.Fire());
        var resumed = session.Fire();

        Assert.Equal(1, resumed);
        Assert.Equal(["A", "B", "C"], session.Query("note").Select(n => n["text"].AsText));
    }

    // After the limit, the rule's fired activations lie before its pending ones: a pending match lost
    // then leaves the agenda, and the others fire in their order, before the matches of facts inserted later.
    [Fact]
    public void Fire_AtTheLimit_CompiledEngineResumesWithThePendingStillMatching()
    {
        var ruleSet = RuleSet(Rule("each", 0, [Pattern("l", "loss")], Then("note", ("text", F("l", "id")))));
        var session = RuleCompiler.Compile(ruleSet).CreateSession(new SessionOptions { MaxFirings = 2 });
        var lost = Loss("C", 1m);
        session.InsertAll([Loss("A", 1m), Loss("B", 1m), lost, Loss("D", 1m), Loss("E", 1m)]);
        Assert.Throws<RuleCycleException>(() => session.Fire());

        session.Retract(lost);
        session.Insert(Loss("F", 1m));
        Assert.Throws<RuleCycleException>(() => session.Fire());
        var last = session.Fire();

        Assert.Equal(1, last);
        Assert.Equal(["A", "B", "D", "E", "F"], session.Explain().Firings.Select(f => f.Asserted.Single()["text"].AsText));
        Assert.Equal(["A", "B", "D", "E", "F"], session.Query("note").Select(n => n["text"].AsText));
    }
}
