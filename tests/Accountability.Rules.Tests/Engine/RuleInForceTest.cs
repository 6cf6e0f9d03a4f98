using Accountability.Rules.Engine;
using NodaTime;
using static Accountability.Rules.Tests.TestAssets.RuleText;

using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Engine;

public sealed class RuleInForceTest
{
    private static readonly Accountability.Rules.Model.RuleSetDefinition Dated = RuleSet(
        Rule("old", 0, [Pattern("l", "loss")], Then("note", ("text", C("old")))) with { InForceTo = new LocalDate(2023, 12, 31) },
        Rule("new", 0, [Pattern("l", "loss")], Then("note", ("text", C("new")))) with { InForceFrom = new LocalDate(2024, 1, 1) });

    [Theory]
    [InlineData(2023, 12, 31, "old")]
    [InlineData(2024, 1, 1, "new")]
    public void Fire_AsOfADate_OnlyRulesInForceThenFire(int y, int m, int d, string expected)
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Dated)).CreateSession(new SessionOptions { AsOf = new LocalDate(y, m, d) });
        session.Insert(Loss("L1", 1m));

        session.Fire();

        Assert.Equal(expected, Assert.Single(session.Query("note"))["text"].AsText);
    }

    [Fact]
    public void Fire_WithoutADate_EveryRuleFires()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Dated)).CreateSession();
        session.Insert(Loss("L1", 1m));

        session.Fire();

        Assert.Equal(2, session.Query("note").Length);
    }

    [Fact]
    public void Check_PeriodEndingBeforeItStarts_IsAProblem()
    {
        var rule = Rule("r", 0, [Pattern("l", "loss")], Then("note", ("text", C("x")))) with { InForceFrom = new LocalDate(2024, 1, 2), InForceTo = new LocalDate(2024, 1, 1) };

        Assert.Contains(RuleCompiler.Check(RuleSet(rule)), p => p.Id == "ACR0703");
    }
}
