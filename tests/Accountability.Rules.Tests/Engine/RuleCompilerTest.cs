using Accountability.Rules.Engine;
using Accountability.Rules.Model;
using static Accountability.Rules.Tests.TestAssets.RuleText;

namespace Accountability.Rules.Tests.Engine;

public sealed class RuleCompilerTest
{
    [Fact]
    public void Check_UnknownFactType_IsAProblemListingTheTypes()
    {
        var problems = RuleCompiler.Check(RuleSet(Rule("r", 0, [Pattern("x", "lose")], Then("note", ("text", C("x"))))));

        var problem = Assert.Single(problems);
        Assert.Equal("ACR0705", problem.Id);
        Assert.StartsWith("rule 'r': ", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown fact type 'lose'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("loss", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownField_IsAProblemListingTheFields()
    {
        var problems = RuleCompiler.Check(RuleSet(Rule("r", 0, [Pattern("l", "loss", Gt(F("l", "amont"), C(1m)))], Then("note", ("text", C("x"))))));

        var problem = Assert.Single(problems);
        Assert.Contains("no field 'amont'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("amount", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ComparingNumberWithText_IsAProblem()
    {
        var problems = RuleCompiler.Check(RuleSet(Rule("r", 0, [Pattern("l", "loss", Gt(F("l", "amount"), C("big")))], Then("note", ("text", C("x"))))));

        Assert.Contains(problems, p => p.Id == "ACR0724");
    }

    [Fact]
    public void Check_AssertingACaseFact_IsAProblem()
    {
        var problems = RuleCompiler.Check(RuleSet(Rule("r", 0, [Pattern("l", "loss")], Then("circumstance", ("code", C("x"))))));

        Assert.Contains(problems, p => p.Id == "ACR0712");
    }

    [Fact]
    public void Check_RequiredFieldNotSet_IsAProblem()
    {
        var problems = RuleCompiler.Check(RuleSet(Rule("r", 0, [Pattern("l", "loss")], Then("authority", ("authority", C("sasac"))))));

        Assert.Contains(problems, p => p.Id == "ACR0717");
    }

    [Fact]
    public void Check_OptionalValueIntoRequiredField_IsAProblem()
    {
        var problems = RuleCompiler.Check(RuleSet(Rule("r", 0, [Pattern("l", "loss")], Then("note", ("text", F("l", "description"))))));

        Assert.Contains(problems, p => p.Id == "ACR0716");
    }

    [Fact]
    public void Check_UnboundAlias_IsAProblem()
    {
        var problems = RuleCompiler.Check(RuleSet(Rule("r", 0, [Pattern("l", "loss", Eq(F("p", "id"), F("l", "id")))], Then("note", ("text", C("x"))))));

        Assert.Contains(problems, p => p.Id == "ACR0721");
    }

    [Fact]
    public void Check_NegationNotBelowTheRuleThatAssertsIt_IsAStratificationProblem()
    {
        var problems = RuleCompiler.Check(RuleSet(
            Rule("writer", 5, [Pattern("l", "loss")], Then("note", ("text", C("x")))),
            Rule("reader", 5, [Not("n", "note")], Then("authority", ("authority", C("enterprise")), ("reason", C("none"))))));

        var problem = Assert.Single(problems);
        Assert.Equal("ACR0718", problem.Id);
        Assert.StartsWith("rule 'reader': ", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'writer'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("salience below 5", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownPolicy_IsAProblem()
    {
        var rule = Rule("r", 0, [Pattern("l", "loss")], Then("note", ("text", C("x")))) with { PolicyId = "no-such-policy" };

        var problem = Assert.Single(RuleCompiler.Check(RuleSet(rule)));
        Assert.Equal("ACR0702", problem.Id);
        Assert.Contains("Unknown policy 'no-such-policy'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_WithProblems_ThrowsWithAllOfThem()
    {
        var error = Assert.Throws<RuleCompilationException>(() => RuleCompiler.Compile(RuleSet(
            Rule("a", 0, [Pattern("x", "lose")], Then("note", ("text", C("x")))),
            Rule("b", 0, [Pattern("x", "loss")], Then("nope")))));

        Assert.Equal(["ACR0705", "ACR0711"], error.Diagnostics.Select(p => p.Id));
        Assert.Equal(["rule 'a': ", "rule 'b': "], error.Diagnostics.Select(p => p.Message[..10]));
    }

    [Fact]
    public void Check_DuplicateRuleId_IsAProblem()
    {
        var rule = Rule("same", 0, [Pattern("l", "loss")], Then("note", ("text", C("x"))));

        Assert.Contains(RuleCompiler.Check(RuleSet(rule, rule)), p => p.Id == "ACR0701");
    }

    [Fact]
    public void Check_OptionalFieldCheckedNotNull_MayFillARequiredField()
    {
        var narrowed = Rule("r", 0, [Pattern("l", "loss", new ComparisonExpression(ComparisonOperator.NotEqual, F("l", "description"), new ConstantExpression(Accountability.Rules.Facts.Value.Null)))], Then("note", ("text", F("l", "description"))));

        Assert.Empty(RuleCompiler.Check(RuleSet(narrowed)));
    }

    [Fact]
    public void Check_NegationOfValuesTheRuleNeverAsserts_IsStratified()
    {
        var fallback = Rule("fallback", 0, [Not("a", "authority", Eq(F("a", "authority"), C("sasac")))], Then("authority", ("authority", C("enterprise")), ("reason", C("rest"))));

        Assert.Empty(RuleCompiler.Check(RuleSet(fallback)));
    }

    [Fact]
    public void Check_NegationOfWhatTheRuleAssertsItself_IsAProblemWithItsOwnHint()
    {
        var selfDefeating = Rule("fallback", 0, [Not("a", "authority")], Then("authority", ("authority", C("enterprise")), ("reason", C("rest"))));

        var problem = Assert.Single(RuleCompiler.Check(RuleSet(selfDefeating)));
        Assert.Contains("cannot negate the facts it asserts itself", problem.Hint, StringComparison.Ordinal);
    }
}
