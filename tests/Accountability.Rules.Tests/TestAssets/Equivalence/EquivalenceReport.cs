using System.Collections.Immutable;
using System.Text;
using Accountability.Rules.CaseGeneration;

namespace Accountability.Rules.Tests.TestAssets.Equivalence;

/// <summary>What a run of the differential harness found for one target.</summary>
/// <param name="Target">The ruleset.</param>
/// <param name="Engines">The two engines' names, reference first.</param>
/// <param name="Cases">How many generated cases were compared.</param>
/// <param name="DifferingSeeds">The seeds of the cases on which the engines differ, ascending.</param>
/// <param name="Minimised">The first differing case, minimised; <c>null</c> when none differs.</param>
/// <param name="Difference">How the engines differ on <paramref name="Minimised"/>.</param>
internal sealed record EquivalenceReport(
    GenerationTarget Target, (string Reference, string Candidate) Engines, int Cases, ImmutableArray<int> DifferingSeeds, CaseRepro? Minimised, string? Difference)
{
    public bool Agree => DifferingSeeds.IsEmpty;

    /// <summary>The failure message: the minimised case as YAML a user can rerun, and the differing JSON lines and firings.</summary>
    public string Describe()
    {
        if (Agree)
        {
            return $"{Cases} generated cases of {Target.Name}: engines {Engines.Reference} and {Engines.Candidate} agree.";
        }

        var seeds = string.Join(", ", DifferingSeeds.Take(10)) + (DifferingSeeds.Length > 10 ? ", …" : string.Empty);
        var text = new StringBuilder()
            .Append($"Engines {Engines.Reference} and {Engines.Candidate} differ on {DifferingSeeds.Length} of {Cases} generated cases of {Target.Name} (seeds {seeds}).").Append('\n')
            .Append($"The case of seed {DifferingSeeds[0]}, minimised to {Minimised!.Facts.Length} facts; save it as case.yaml and run `{Target.Command("case.yaml")}`:").Append('\n')
            .Append("----").Append('\n')
            .Append(Minimised.ToYaml()).Append("----").Append('\n')
            .Append(Difference);
        return text.ToString();
    }
}
