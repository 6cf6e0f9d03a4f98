using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration.Generation;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary>
/// The counted loss total a case aims at and the enterprise's prior-year-end total assets: on and
/// around every amount threshold of the ruleset's rules, on and around every asset-ratio threshold
/// (the assets chosen round and the total a percentage of them), spread at random, or zero.
/// </summary>
/// <param name="Total">The sum the counted loss components add up to.</param>
/// <param name="Assets">The prior-year-end total assets; <c>null</c> when the case leaves them unknown.</param>
internal sealed record LossPlan(decimal Total, decimal? Assets)
{
    private static readonly ImmutableArray<decimal> RoundAssets =
        [10_000_000m, 50_000_000m, 100_000_000m, 120_000_000m, 486_000_000m, 500_000_000m, 1_000_000_000m, 30_000_000_000m];

    private static readonly ImmutableArray<decimal> SmallOffsets = [0m, 0m, 0m, -0.01m, 0.01m, -1m, 1m];

    public static LossPlan Draw(GenerationContext context)
    {
        var amounts = context.Profile.Constants.ComparedWith("amount").Where(a => a > 0m).ToImmutableArray();
        var ratios = context.Profile.Constants.ComparedWith("assetRatioPercent").Where(r => r > 0m).ToImmutableArray();
        var roll = context.Random.NextDouble();
        if (roll < 0.35 && amounts.Length > 0)
        {
            var threshold = context.Pick(amounts);
            var offset = context.Chance(0.2) ? threshold / 10m * (context.Chance(0.5) ? -1m : 1m) : context.Pick(SmallOffsets);
            return new LossPlan(Math.Max(0m, threshold + offset), DrawAssets(context));
        }

        if (roll < 0.6 && ratios.Length > 0)
        {
            var assets = context.Pick(RoundAssets);
            var total = (assets * context.Pick(ratios) / 100m) + context.Pick(SmallOffsets);
            return new LossPlan(Math.Max(0m, total), assets);
        }

        return roll < 0.93
            ? new LossPlan(LogUniform(context, 1m, 1_000_000_000m), DrawAssets(context))
            : new LossPlan(0m, DrawAssets(context));
    }

    private static decimal? DrawAssets(GenerationContext context) => context.Random.NextDouble() switch
    {
        < 0.3 => null,
        < 0.36 => 0m,
        _ => LogUniform(context, 1_000_000m, 100_000_000_000m),
    };

    /// <summary>A number between the bounds, uniform in its logarithm, whole or with cents.</summary>
    public static decimal LogUniform(GenerationContext context, decimal min, decimal max)
    {
        var log = Math.Log((double)min) + (context.Random.NextDouble() * (Math.Log((double)max) - Math.Log((double)min)));
        return Math.Round((decimal)Math.Exp(log), context.Chance(0.5) ? 2 : 0);
    }
}
