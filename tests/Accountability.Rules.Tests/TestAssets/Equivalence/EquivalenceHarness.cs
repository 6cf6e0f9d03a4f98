using System.Collections.Concurrent;
using Accountability.Rules.CaseGeneration;
using Accountability.Rules.Engine;

namespace Accountability.Rules.Tests.TestAssets.Equivalence;

/// <summary>
/// Differential test of two engines on one ruleset: generates cases, loads each as the CLI does,
/// evaluates it on both engines and compares the outcomes (<see cref="EngineComparison"/>). The
/// first differing case is minimised while the engines still differ on it. Cases run in parallel
/// (sessions are per case; the engines are thread-safe).
/// </summary>
internal sealed class EquivalenceHarness(GenerationTarget target, IRuleSessionFactory reference, IRuleSessionFactory candidate)
{
    public EquivalenceReport Run(int firstSeed, int count)
    {
        var differing = new ConcurrentBag<int>();
        var repros = new ConcurrentDictionary<int, CaseRepro>();
        Parallel.For(0, count, i =>
        {
            var seed = firstSeed + i;
            var repro = Load(seed);
            if (Difference(repro) is not null)
            {
                differing.Add(seed);
                repros[seed] = repro;
            }
        });

        var seeds = differing.Order().ToList();
        if (seeds.Count == 0)
        {
            return new EquivalenceReport(target, (reference.Engine, candidate.Engine), count, [], null, null);
        }

        var minimised = CaseMinimiser.Minimise(repros[seeds[0]], r => Difference(r) is not null);
        return new EquivalenceReport(target, (reference.Engine, candidate.Engine), count, [.. seeds], minimised, Difference(minimised));
    }

    /// <summary>How the engines differ on a case; <c>null</c> when they agree.</summary>
    public string? Difference(CaseRepro repro) =>
        EngineComparison.Difference(EngineRunner.Run(reference, repro), EngineRunner.Run(candidate, repro));

    /// <summary>The generated case of a seed, loaded as the CLI loads it (<see cref="GenerationTarget.Repro"/>).</summary>
    public CaseRepro Load(int seed) => target.Repro(seed);
}
