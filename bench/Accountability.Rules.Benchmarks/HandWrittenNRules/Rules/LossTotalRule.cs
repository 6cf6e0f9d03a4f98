using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 18: the loss of the matter is the sum of its counted components, with its share of total assets.</summary>
[Priority(90)]
public sealed class LossTotalRule : Rule
{
    public override void Define()
    {
        Enterprise enterprise = null!;
        IEnumerable<CountedLoss> counted = null!;
        When()
            .Match(() => enterprise)
            .Query(() => counted, q => q.Match<CountedLoss>().Collect());
        Then().Yield(_ => Total(enterprise, counted));
    }

    private static LossTotal Total(Enterprise enterprise, IEnumerable<CountedLoss> counted)
    {
        var sum = 0m;
        foreach (var loss in counted)
        {
            sum += loss.Amount;
        }

        return new LossTotal(sum, enterprise.PriorYearEndTotalAssets, YibinTables.PercentOf(sum, enterprise.PriorYearEndTotalAssets));
    }}
