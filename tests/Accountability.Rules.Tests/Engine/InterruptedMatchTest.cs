#if !ENGINE_NRULES
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using static Accountability.Rules.Tests.TestAssets.RuleText;

namespace Accountability.Rules.Tests.Engine;

/// <summary>
/// A condition that throws (through the API a fact may hold a number whose square a decimal cannot
/// hold) interrupts the enumeration of a rule's matches with facts still bound. The session may be
/// fired again once the cause is gone: its next matches must hold only their own facts, as on a new
/// session. Compiled engine only (the matcher's scratch bindings).
/// </summary>
public sealed class InterruptedMatchTest
{
    /// <summary>A loss and an enterprise whose assets squared are positive.</summary>
    private static readonly RuleSetDefinition Rules = RuleSet(
        Rule("squared", 0, [
            Pattern("l", "loss"),
            Pattern("e", "enterprise", Gt(Call(BuiltInFunction.Multiply, F("e", "priorYearEndTotalAssets"), F("e", "priorYearEndTotalAssets")), C(0m))),
        ], Then("note", ("text", F("l", "id")))));

    private static Fact Enterprise(decimal assets) =>
        Fact.Create(Schema("enterprise"), ("level", Value.Of("subsidiary")), ("priorYearEndTotalAssets", Value.Of(assets)));

    [Fact]
    public void Fire_AfterAConditionThrew_MatchesHoldOnlyTheirOwnFacts()
    {
        var ruleSet = RuleCompiler.Compile(Rules);
        var loss = Loss("L1", 1m);
        var huge = Enterprise(1e20m);
        var small = Enterprise(5m);

        var session = ruleSet.CreateSession();
        session.Insert(loss);
        session.Insert(huge);
        Assert.Throws<OverflowException>(() => session.Fire());

        session.Retract(huge);
        session.Insert(small);
        session.Fire();

        var fresh = ruleSet.CreateSession();
        fresh.Insert(loss);
        fresh.Insert(small);
        fresh.Fire();

        Assert.Equal(Notes(fresh), Notes(session));
        var note = Assert.Single(session.Query("note"));
        Assert.Equal<Fact>([loss, small], Assert.Single(session.Derivations(note)).Matched.ToArray());
    }

    private static string Notes(ISession session) =>
        string.Join("; ", session.Query("note").Select(n => $"{n} by {string.Join(", ", session.Derivations(n).Select(d => $"{d.Rule.Id} [{string.Join(", ", d.Matched)}]"))}"));
}
#endif
