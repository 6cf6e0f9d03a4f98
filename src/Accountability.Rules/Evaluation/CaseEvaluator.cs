using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using NodaTime;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// Evaluates a case: checks that the ruleset is in force on the decision date, fires the rules
/// over the case's facts in a new session, and projects the conclusions into a <see cref="CaseResult"/>.
/// Thread-safe: each call uses its own session.
/// </summary>
public static class CaseEvaluator
{
    /// <summary>Evaluates the facts of one case against a compiled ruleset, on the engine it was made for.</summary>
    /// <param name="engine">The compiled ruleset on an engine: a <see cref="CompiledRuleSet"/> itself, or the same ruleset on NRules.</param>
    /// <param name="facts">
    /// The case's input facts. A <c>case</c> fact among them is replaced by one dated
    /// <paramref name="decidedOn"/> (keeping the ruleset id it names), so that the date given here
    /// is the one the rules read; without one, it is added.
    /// </param>
    /// <param name="decidedOn">The date responsibility is determined or the decision is made.</param>
    /// <returns>
    /// A result with status <see cref="CaseStatus.NotInForce"/> and nothing evaluated when the ruleset
    /// is not in force on <paramref name="decidedOn"/>; otherwise the projection of the fired session,
    /// with status <see cref="CaseStatus.OutOfScope"/> when any scope flag was raised.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument or a fact is null.</exception>
    /// <exception cref="ArgumentException">A fact's type is not in the ruleset's catalogue, or the same fact is given twice.</exception>
    /// <exception cref="RuleCycleException">The rules kept firing past the session's limit (a ruleset bug).</exception>
    public static CaseResult Evaluate(IRuleSessionFactory engine, IEnumerable<Fact> facts, LocalDate decidedOn)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var ruleSet = engine.RuleSet;
        ArgumentNullException.ThrowIfNull(facts);
        var input = facts.ToList();
        if (input.Any(f => f is null))
        {
            throw new ArgumentNullException(nameof(facts), "A fact is null.");
        }

        if (!ruleSet.Definition.IsInForceOn(decidedOn))
        {
            return ResultProjector.NotInForce(ruleSet.Definition, decidedOn);
        }

        var session = engine.CreateSession(new SessionOptions { AsOf = decidedOn });
        var caseFact = input.FirstOrDefault(f => f.Schema.Name == "case");
        if (ruleSet.Catalog.TryGet("case", out var caseSchema))
        {
            var named = caseFact is null ? ruleSet.Definition.Id : caseFact["ruleset"].AsNullableText ?? ruleSet.Definition.Id;
            session.Insert(Fact.Create(caseSchema, ("decidedOn", Value.Of(decidedOn)), ("ruleset", Value.Of(named))));
        }

        foreach (var fact in input)
        {
            if (fact.Schema.Name != "case")
            {
                session.Insert(fact);
            }
        }

        session.Fire();
        return new ResultProjector(ruleSet, session, input, decidedOn).Project();
    }
}
