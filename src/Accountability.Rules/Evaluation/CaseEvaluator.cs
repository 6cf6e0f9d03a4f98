using System.Collections.Immutable;
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
    /// <summary>The firings any case may make, whatever its size (<see cref="DefaultMaxFirings"/>).</summary>
    public const int BaseFirings = 10_000;

    /// <summary>The firings each input fact adds to the default limit (<see cref="DefaultMaxFirings"/>).</summary>
    public const int FiringsPerFact = 50;

    /// <summary>
    /// The default firing limit for a case of <paramref name="inputFacts"/> facts:
    /// <see cref="BaseFirings"/> + <see cref="FiringsPerFact"/> × the number of input facts (capped at
    /// <see cref="int.MaxValue"/>). A case under a bundled ruleset makes a few firings per fact, so
    /// only rules that feed each other reach it, while a large valid case (10,000 losses, 2,000
    /// persons) does not.
    /// </summary>
    /// <param name="inputFacts">The number of the case's input facts.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inputFacts"/> is negative.</exception>
    public static int DefaultMaxFirings(int inputFacts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inputFacts);
        return (int)Math.Min(int.MaxValue, BaseFirings + ((long)FiringsPerFact * inputFacts));
    }

    /// <summary>
    /// Evaluates the facts of one case with the default options (<see cref="EvaluationOptions.Default"/>).
    /// See <see cref="Evaluate(IRuleSessionFactory, IEnumerable{Fact}, LocalDate, EvaluationOptions)"/>.
    /// </summary>
    /// <param name="engine">The compiled ruleset on an engine.</param>
    /// <param name="facts">The case's input facts.</param>
    /// <param name="decidedOn">The date responsibility is determined or the decision is made.</param>
    /// <returns>The result (see the overload).</returns>
    /// <exception cref="ArgumentNullException">An argument or a fact is null.</exception>
    /// <exception cref="ArgumentException">A fact's type is not in the ruleset's catalogue, or the same fact is given twice.</exception>
    /// <exception cref="RuleCycleException">The rules kept firing past the limit (a ruleset bug).</exception>
    public static CaseResult Evaluate(IRuleSessionFactory engine, IEnumerable<Fact> facts, LocalDate decidedOn) =>
        Evaluate(engine, facts, decidedOn, EvaluationOptions.Default);

    /// <summary>Evaluates the facts of one case against a compiled ruleset, on the engine it was made for.</summary>
    /// <param name="engine">The compiled ruleset on an engine: a <see cref="CompiledRuleSet"/> itself, or the same ruleset on NRules.</param>
    /// <param name="facts">
    /// The case's input facts. A <c>case</c> fact among them is replaced by one dated
    /// <paramref name="decidedOn"/> (keeping the ruleset id it names), so that the date given here
    /// is the one the rules read; without one, it is added.
    /// </param>
    /// <param name="decidedOn">The date responsibility is determined or the decision is made.</param>
    /// <param name="options">The firing limit and whether to record the explanation.</param>
    /// <returns>
    /// A result with status <see cref="CaseStatus.NotInForce"/> and nothing evaluated when the ruleset
    /// is not in force on <paramref name="decidedOn"/>; otherwise the projection of the fired session,
    /// with status <see cref="CaseStatus.OutOfScope"/> when any scope flag was raised.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument or a fact is null.</exception>
    /// <exception cref="ArgumentException">A fact's type is not in the ruleset's catalogue, or the same fact is given twice.</exception>
    /// <exception cref="RuleCycleException">The rules kept firing past the limit (a ruleset bug, or a limit set too low).</exception>
    public static CaseResult Evaluate(IRuleSessionFactory engine, IEnumerable<Fact> facts, LocalDate decidedOn, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var ruleSet = engine.RuleSet;
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        // An immutable array is read as it is; any other sequence is copied once.
        var input = facts is ImmutableArray<Fact> array ? array : [.. facts];
        Fact? caseFact = null;
        foreach (var fact in input)
        {
            if (fact is null)
            {
                throw new ArgumentNullException(nameof(facts), "A fact is null.");
            }

            if (caseFact is null && fact.Schema.Name == "case")
            {
                caseFact = fact;
            }
        }

        if (!ruleSet.Definition.IsInForceOn(decidedOn))
        {
            return ResultProjector.NotInForce(ruleSet, decidedOn);
        }

        var sessionOptions = new SessionOptions
        {
            AsOf = decidedOn,
            MaxFirings = options.MaxFirings ?? DefaultMaxFirings(input.Length),
            RecordExplanation = options.Explain,
        };

        // The compiled engine lends a session kept from an earlier case; the result holds none of the facts it reuses (FactPool).
        var compiled = engine as CompiledRuleSet;
        ISession session = compiled is null ? engine.CreateSession(sessionOptions) : compiled.RentSession(sessionOptions);
        if (ruleSet.Catalog.TryGet("case", out var caseSchema))
        {
            var named = caseFact is null ? ruleSet.Definition.Id : caseFact["ruleset"].AsNullableText ?? ruleSet.Definition.Id;
            session.Insert(caseFact is not null && IsDated(caseFact, caseSchema, decidedOn, named)
                ? caseFact
                : Fact.Create(caseSchema, ("decidedOn", Value.Of(decidedOn)), ("ruleset", Value.Of(named))));
        }

        foreach (var fact in input)
        {
            if (fact.Schema.Name != "case")
            {
                session.Insert(fact);
            }
        }

        session.Fire();
        var projector = ruleSet.RentProjector();
        var result = projector.Project(session, input, decidedOn, options.Explain);
        ruleSet.ReturnProjector(projector);
        if (compiled is not null)
        {
            compiled.ReturnSession((Session)session);
        }

        return result;
    }

    /// <summary>
    /// Whether a case fact is already the one that would replace it: of the ruleset's <c>case</c> type,
    /// dated <paramref name="decidedOn"/>, naming <paramref name="ruleSetId"/> and nothing else (as a
    /// loaded case's fact is), so that it is inserted as it is.
    /// </summary>
    private static bool IsDated(Fact caseFact, FactSchema caseSchema, LocalDate decidedOn, string ruleSetId)
    {
        if (caseFact.Schema != caseSchema)
        {
            return false;
        }

        foreach (var field in caseSchema.Fields)
        {
            var expected = field.Name switch
            {
                "decidedOn" => Value.Of(decidedOn),
                "ruleset" => Value.Of(ruleSetId),
                _ => Value.Null,
            };
            if (caseFact[field.Index] != expected)
            {
                return false;
            }
        }

        return true;
    }
}
