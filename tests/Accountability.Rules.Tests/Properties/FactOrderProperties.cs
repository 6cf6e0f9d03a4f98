using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Facts;
using Accountability.Rules.Json;
using Accountability.Rules.Tests.TestAssets;
using Accountability.Rules.Tests.TestAssets.Equivalence;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Rules.Tests.Properties;

/// <summary>
/// The result of a case does not depend on the order in which its facts are given: a generated case
/// of every bundled ruleset (and the overlay example), evaluated with its facts in the order read and
/// in a generated permutation, gives the same result JSON (its explanation as a multiset of firings),
/// or the same exception, on the suite's engine.
/// </summary>
public sealed class FactOrderProperties
{
    /// <summary>A generated case (target and seed) and a permutation of its facts (a shuffle seed).</summary>
    public static Arbitrary<(int Target, int CaseSeed, int ShuffleSeed)> Cases() =>
        (from target in Gen.Choose(0, GenerationTargets.All.Count - 1)
         from caseSeed in Gen.Choose(0, 1_000_000)
         from shuffleSeed in ArbMap.Default.GeneratorFor<int>()
         select (target, caseSeed, shuffleSeed)).ToArbitrary();

    [Property(MaxTest = 300, Arbitrary = [typeof(FactOrderProperties)])]
    public void Evaluate_FactsInAnyOrder_SameResult((int Target, int CaseSeed, int ShuffleSeed) input)
    {
        var target = GenerationTargets.All[input.Target];
        var generated = target.Generator.Generate(input.CaseSeed);
        var loaded = target.Load(generated);
        Assert.True(loaded.Succeeded, $"{generated.FileName}: {string.Join(Environment.NewLine, loaded.Errors)}");
        var (caseFile, ruleSet, decidedOn, _) = loaded.Value;

        var shuffled = caseFile.Facts.ToArray();
        new Random(input.ShuffleSeed).Shuffle(shuffled);

        Assert.Equal(Outcome(ruleSet, caseFile.Facts, decidedOn), Outcome(ruleSet, shuffled, decidedOn));
    }

    /// <summary>The result JSON (its explanation order-free), or the exception the evaluation threw.</summary>
    private static string Outcome(CompiledRuleSet ruleSet, IEnumerable<Fact> facts, NodaTime.LocalDate decidedOn)
    {
        try
        {
            return ResultJson.OrderFree(CaseResultJson.ToJson(CaseEvaluator.Evaluate(TestEngine.Of(ruleSet), facts, decidedOn)));
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }
}
