#if !ENGINE_NRULES
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;
using static Accountability.Rules.Tests.TestAssets.RuleText;

namespace Accountability.Rules.Tests.Engine;

/// <summary>
/// A compiled ruleset lends its sessions case after case (<see cref="CompiledRuleSet.RentSession"/>):
/// a session keeps its rules' states, their activations and its facts' entries for the next case,
/// and starts each rule for a case when the case first uses it. Each case must fire as on a new session.
/// Compiled engine only (NRules sessions are not reused).
/// </summary>
public sealed class SessionReuseTest
{
    private static readonly RuleSetDefinition Rules = RuleSet(
        Rule("old", 0, [Pattern("l", "loss")], Then("note", ("text", C("old")))) with { InForceTo = new LocalDate(2023, 12, 31) },
        Rule("new", 0, [Pattern("l", "loss")], Then("note", ("text", C("new")))) with { InForceFrom = new LocalDate(2024, 1, 1) },
        Rule("march", 5, [Pattern("l", "loss", Gt(F("l", "amount"), C(1m)))], Then("note", ("text", F("l", "id")))) with { InForceFrom = new LocalDate(2024, 3, 1), InForceTo = new LocalDate(2024, 3, 31) },
        Rule("no-loss", 0, [Not("l", "loss")], Then("note", ("text", C("no loss")))) with { InForceFrom = new LocalDate(2024, 2, 1) },
        Rule("sum", 1, [new AggregateElement("total", "loss", "l", null, AggregateFunction.Sum, "amount")], Then("note", ("text", C("losses summed")))),
        Rule("join", 2, [Pattern("l", "loss"), Pattern("c", "circumstance")], Then("note", ("text", F("c", "code"))), Then("note", ("text", F("l", "id")))));

    [Fact]
    public void Fire_CasesOneAfterAnotherOnALentSession_FireAsOnNewSessions()
    {
        var ruleSet = RuleCompiler.Compile(Rules);
        (LocalDate? AsOf, Fact[] Facts)[] cases =
        [
            (new LocalDate(2024, 3, 15), [Loss("A", 1m), Loss("B", 2m), Loss("C", 3m), Circumstance("X")]),
            (new LocalDate(2023, 6, 1), [Loss("A", 5m)]),
            (new LocalDate(2024, 2, 15), []),
            (new LocalDate(2024, 3, 20), [Circumstance("X"), Loss("D", 4m), Circumstance("Y")]),
            (null, [Loss("E", 1m), Circumstance("Z")]),
            (new LocalDate(2024, 1, 1), [Loss("F", 2m), Loss("G", 3m)]),
        ];

        for (var round = 0; round < 2; round++)
        {
            foreach (var (asOf, facts) in cases)
            {
                var options = new SessionOptions { AsOf = asOf };
                var fresh = ruleSet.CreateSession(options);
                var lent = ruleSet.RentSession(options);
                Assert.Equal(Run(fresh, facts), Run(lent, facts));
                ruleSet.ReturnSession(lent);
            }
        }
    }

    /// <summary>Fires the facts, then again once the first loss is retracted; the firings, withdrawals and notes with their derivations, as text.</summary>
    private static string Run(ISession session, Fact[] facts)
    {
        session.InsertAll(facts);
        session.Fire();
        var before = Notes(session);
        if (facts.FirstOrDefault(f => f.Schema.Name == "loss") is { } loss)
        {
            session.Retract(loss);
            session.Fire();
        }

        var explanation = session.Explain();
        var firings = explanation.Firings.Select(f => $"{f.Sequence} {f.Rule.Id} [{string.Join(", ", f.Matched)}] -> [{string.Join(", ", f.Asserted)}]");
        var withdrawals = explanation.Withdrawals.Select(w => $"after {w.AfterFiring}: {w.Rule.Id} #{w.Firing} [{string.Join(", ", w.Retracted)}]");
        return string.Join("\n", [.. firings, .. withdrawals, before, Notes(session)]);
    }

    private static string Notes(ISession session) =>
        string.Join("; ", session.Query("note").Select(n => $"{n} by {string.Join(", ", session.Derivations(n).Select(d => $"{d.Rule.Id} #{d.Firing} [{string.Join(", ", d.Matched)}]"))}"));
}
#endif
