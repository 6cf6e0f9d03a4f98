using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 19 (policy highest-tier-any-criterion): the tier is the highest any criterion reaches.</summary>
[Priority(70)]
public sealed class LossTierRule : Rule
{
    public override void Define()
    {
        IEnumerable<TierCriterion> criteria = null!;
        When().Query(() => criteria, q => q.Match<TierCriterion>().Collect().Where(c => c.Any()));
        Then().Yield(_ => Highest(criteria));
    }

    private static LossTier Highest(IEnumerable<TierCriterion> criteria)
    {
        TierCriterion? best = null;
        foreach (var criterion in criteria)
        {
            if (best is null || criterion.Rank > best.Rank)
            {
                best = criterion;
            }
        }

        return new LossTier(best!.Tier, best.Rank);
    }}
