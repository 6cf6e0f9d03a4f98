#if !ENGINE_NRULES
using Accountability.Rules.Engine;
using static Accountability.Rules.Tests.TestAssets.RuleText;

namespace Accountability.Rules.Tests.Engine;

/// <summary>
/// The order in which the compiled engine fires the matches of one rule (NRules orders a rule's
/// activations its own way, which the engines' equivalence does not depend on).
/// </summary>
public sealed class MatchOrderTest
{
    [Fact]
    public void Fire_RuleWithNegation_NewMatchesOfSeveralNewFacts_FireInTheOrderOfTheirFacts()
    {
        // "make" asserts a stillHandled fact, then a toleranceDenied fact, per loss; "pair" (above it,
        // with a negation that nothing asserts) joins every toleranceDenied with every stillHandled.
        // The second firing of "make" brings two facts at once, which add three matches: they fire in
        // the order a recomputation of every match finds them (by the facts matched, toleranceDenied
        // first: L0/L1, L1/L0, L1/L1), not in the order the facts came (L0/L1, L1/L1, L1/L0).
        var ruleSet = RuleSet(
            Rule("make", 5, [Pattern("l", "loss")], Then("stillHandled", ("person", F("l", "id")), ("status", C("retired"))), Then("toleranceDenied", ("person", F("l", "id")), ("ground", C("g")))),
            Rule("pair", 10, [Pattern("t", "toleranceDenied"), Pattern("h", "stillHandled"), Not("s", "scopeFlag")], Then("authority", ("authority", F("t", "person")), ("reason", F("h", "person")))));
        var session = RuleCompiler.Compile(ruleSet).CreateSession();
        session.InsertAll([Loss("L0", 1m), Loss("L1", 1m)]);

        session.Fire();

        var pairs = session.Explain().Firings.Where(f => f.Rule.Id == "pair").Select(f => $"{f.Asserted[0]["authority"].AsText}/{f.Asserted[0]["reason"].AsText}");
        Assert.Equal(["L0/L0", "L0/L1", "L1/L0", "L1/L1"], pairs);
    }
}
#endif
