using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.RuleText;

namespace Accountability.Rules.Tests.Engine;

/// <summary>
/// A rule whose pattern allows only some texts in a field (its key) is left unlooked at while no fact held holds one of
/// them (<see cref="Priming"/>): facts with a key text coming, going (retracted, or withdrawn with the firing that
/// derived them) and coming again must reach it each time, on both engines; and the keys are read from the conditions.
/// </summary>
public sealed class PrimingTest
{
    private static MembershipExpression In(ExpressionElement operand, params ExpressionElement[] items) => new MembershipExpression(operand, [.. items]);

    private static ExpressionElement Null => new ConstantExpression(Value.Null);

    [Fact]
    public void Fire_KeyedPatterns_TakeFactsWithTheirTextsAsTheyComeGoAndComeAgain()
    {
        // Both patterns are keyed on the loss's kind: the rule is primed only while a direct and a contingent loss are held.
        var ruleSet = RuleSet(Rule(
            "direct-and-contingent",
            0,
            [Pattern("d", "loss", Eq(F("d", "kind"), C("direct"))), Pattern("c", "loss", In(F("c", "kind"), C("contingent"), C("other")))],
            Then("note", ("text", F("c", "id")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        string[] Notes()
        {
            session.Fire();
            return [.. session.Query("note").Select(n => n["text"].AsText).Order(StringComparer.Ordinal)];
        }

        var indirect = Loss("I1", 10m, "indirect");
        session.Insert(indirect);
        Assert.Empty(Notes());

        var first = Loss("C1", 10m, "contingent");
        session.Insert(first);
        Assert.Empty(Notes());

        var direct = Loss("D1", 10m);
        session.Insert(direct);
        Assert.Equal(["C1"], Notes());

        var second = Loss("C2", 10m, "contingent");
        session.Insert(second);
        Assert.Equal(["C1", "C2"], Notes());

        session.Retract(first);
        Assert.Equal(["C2"], Notes());

        session.Retract(second);
        Assert.Empty(Notes());

        session.Insert(Loss("C3", 10m, "other"));
        Assert.Equal(["C3"], Notes());

        session.Retract(direct);
        Assert.Empty(Notes());

        session.Insert(Loss("D2", 10m));
        Assert.Equal(["C3"], Notes());
    }

    [Fact]
    public void Fire_OneOfTwoKeyedFactsGoingBeforeTheRulesFirstLook_LeavesItsGateOpen()
    {
        var ruleSet = RuleSet(Rule(
            "direct-and-contingent",
            0,
            [Pattern("d", "loss", Eq(F("d", "kind"), C("direct"))), Pattern("c", "loss", Eq(F("c", "kind"), C("contingent")))],
            Then("note", ("text", F("c", "id")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        // Until the direct loss comes the rule is not primed; one contingent loss of two going must leave its gate open.
        var first = Loss("C1", 10m, "contingent");
        session.Insert(first);
        session.Insert(Loss("C2", 10m, "contingent"));
        session.Fire();
        session.Retract(first);
        session.Insert(Loss("D1", 10m));
        session.Fire();
        Assert.Equal(["C2"], session.Query("note").Select(n => n["text"].AsText));
    }

    [Fact]
    public void Fire_KeyedPatternOfADerivedType_OpensWhenTheFactIsDerivedAndClosesWhenItIsWithdrawn()
    {
        var ruleSet = RuleSet(
            Rule("exclude", 10, [Pattern("l", "loss", Eq(F("l", "kind"), C("contingent")))], Then("excludedLoss", ("loss", F("l", "id")), ("amount", F("l", "amount")), ("reason", C("unassessed")))),
            Rule("note-unassessed", 0, [Pattern("e", "excludedLoss", Eq(F("e", "reason"), C("unassessed")))], Then("note", ("text", F("e", "loss")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        session.Insert(Fact.Create(Schema("excludedLoss"), ("loss", Value.Of("G1")), ("amount", Value.Of(5m)), ("reason", Value.Of("given"))));
        session.Fire();
        Assert.Empty(session.Query("note"));

        var contingent = Loss("C1", 10m, "contingent");
        session.Insert(contingent);
        session.Fire();
        Assert.Equal(["C1"], session.Query("note").Select(n => n["text"].AsText));

        session.Retract(contingent);
        session.Fire();
        Assert.Empty(session.Query("note"));
        Assert.Single(session.Query("excludedLoss"));

        session.Insert(Loss("C2", 10m, "contingent"));
        session.Fire();
        Assert.Equal(["C2"], session.Query("note").Select(n => n["text"].AsText));
    }

    [Fact]
    public void Key_IsTheTextFieldAllowedTheFewestTexts_AndNoneWithoutOnlyTexts()
    {
        var loss = Schema("loss");
        PatternKey? Key(ExpressionElement? condition) => ConditionConstraints.Of(condition, "l").Key(loss);

        var kind = Key(Eq(F("l", "kind"), C("direct")))!;
        Assert.Equal(loss.Fields.Single(f => f.Name == "kind").Index, kind.FieldIndex);
        Assert.Equal(["direct"], kind.Texts.ToArray());

        var id = Key(And(In(F("l", "kind"), C("direct"), C("indirect")), Eq(F("l", "id"), C("L1"))))!;
        Assert.Equal(loss.Fields.Single(f => f.Name == "id").Index, id.FieldIndex);

        Assert.Equal(["direct", "indirect"], Key(In(F("l", "kind"), C("direct"), C("indirect"), C("direct")))!.Texts.ToArray());

        // An absent value allowed, a number, an inequality, another alias's field, a disjunction: no key.
        Assert.Null(Key(In(F("l", "kind"), C("direct"), Null)));
        Assert.Null(Key(Eq(F("l", "kind"), Null)));
        Assert.Null(Key(Eq(F("l", "amount"), C(5m))));
        Assert.Null(Key(new ComparisonExpression(ComparisonOperator.NotEqual, F("l", "kind"), C("direct"))));
        Assert.Null(Key(Eq(F("x", "kind"), C("direct"))));
        Assert.Null(Key(new LogicalExpression(false, [Eq(F("l", "kind"), C("direct")), Eq(F("l", "kind"), C("indirect"))])));
        Assert.Null(Key(null));
    }

    [Fact]
    public void Key_ExcludesAFactWhoseFieldHoldsNoneOfItsTexts_ByValueNotReference()
    {
        var loss = Schema("loss");
        var key = ConditionConstraints.Of(In(F("l", "kind"), C("direct"), C("indirect")), "l").Key(loss)!;
        Assert.True(key.IsShort);
        Assert.Same(string.Intern("direct"), key.Texts[0]);

        // A text built at run time (not interned) is allowed as its value is; another text is excluded.
        Assert.False(key.Excludes(Loss("L1", 1m, new string("direct".AsSpan()))));
        Assert.False(key.Excludes(Loss("L1", 1m, "indirect")));
        Assert.True(key.Excludes(Loss("L1", 1m, "contingent")));

        // A key of many texts is left to the condition.
        var many = ConditionConstraints.Of(In(F("l", "kind"), C("a"), C("b"), C("c"), C("d"), C("e")), "l").Key(loss)!;
        Assert.False(many.IsShort);
    }

    [Fact]
    public void Fire_KeyedPattern_MatchesCaseTextsEqualToItsKeyButNotTheSameStrings()
    {
        // The pattern's key passes over the indirect loss; the direct one, whose text is a copy, matches on both engines.
        var ruleSet = RuleSet(Rule(
            "direct",
            0,
            [Pattern("d", "loss", And(Eq(F("d", "kind"), C("direct")), Gt(F("d", "amount"), C(5m))))],
            Then("note", ("text", F("d", "id")))));
        var session = TestEngine.Of(RuleCompiler.Compile(ruleSet)).CreateSession();
        session.Insert(Loss("I1", 10m, "indirect"));
        session.Insert(Loss("D1", 10m, new string("direct".AsSpan())));
        session.Insert(Loss("D2", 1m, new string("direct".AsSpan())));
        session.Fire();
        Assert.Equal(["D1"], session.Query("note").Select(n => n["text"].AsText));
    }

    [Fact]
    public void Priming_CountsTheKeyedPatternsOfEachRule_AndPrimesRulesWithoutOneFromTheStart()
    {
        var compiled = RuleCompiler.Compile(RuleSet(
            Rule("keyed", 0, [Pattern("l", "loss", Eq(F("l", "kind"), C("direct"))), Pattern("n", "note")], Then("note", ("text", C("keyed")))),
            Rule("unkeyed", 0, [Pattern("l", "loss", Gt(F("l", "amount"), C(5m)))], Then("note", ("text", C("unkeyed"))))));
        var priming = compiled.Priming;
        var keyed = compiled.PriorityPosition[0];
        var unkeyed = compiled.PriorityPosition[1];
        Assert.Equal(1, priming.GatesOfPosition[keyed]);
        Assert.Equal(0, priming.GatesOfPosition[unkeyed]);
        Assert.NotEqual(0UL, priming.WithoutGates[unkeyed >> 6] & (1UL << unkeyed));
        Assert.Equal(0UL, priming.WithoutGates[keyed >> 6] & (1UL << keyed));
        var field = Assert.Single(priming.ByType[Schema("loss").Ordinal]);
        Assert.Equal(["direct"], field.Primers.Keys.ToArray());
        Assert.Equal([keyed], priming.GatesOfPrimer[field.Primers["direct"]].Select(gate => priming.GatePosition[gate]).ToArray());
    }
}
