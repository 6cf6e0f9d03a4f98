using System.Globalization;

namespace Accountability.Rules.Tests.TestAssets.Equivalence;

/// <summary>
/// How many generated cases the differential harness runs per ruleset: at least
/// <see cref="TotalCases"/> in all, shared by the number of rules of each (richer rulesets get more),
/// no ruleset fewer than <see cref="MinimumCases"/>; and the first seed.
/// </summary>
internal static class EquivalencePlan
{
    public const int TotalCases = 10_000;

    public const int MinimumCases = 400;

    /// <summary>The environment variable that sets another first seed, to explore other cases than CI's.</summary>
    public const string SeedVariable = "ACCOUNTABILITY_EQUIVALENCE_SEED";

    /// <summary>The first seed: 100001, or the value of <see cref="SeedVariable"/>.</summary>
    public static int FirstSeed =>
        int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : 100_001;

    public static int CasesOf(GenerationTarget target)
    {
        var rules = GenerationTargets.All.Sum(t => t.RuleSet.Definition.Rules.Length);
        return Math.Max(MinimumCases, (int)Math.Ceiling((double)TotalCases * target.RuleSet.Definition.Rules.Length / rules));
    }
}
