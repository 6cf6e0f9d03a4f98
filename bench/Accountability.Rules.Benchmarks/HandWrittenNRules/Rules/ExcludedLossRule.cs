using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 21: a contingent loss not assessed by an intermediary does not count.</summary>
[Priority(100)]
public sealed class ExcludedLossRule : Rule
{
    public override void Define()
    {
        Loss loss = null!;
        When().Match(() => loss, l => YibinTables.Excluded(l));
        Then().Yield(_ => new ExcludedLoss(loss.Id, loss.Amount, YibinTables.ExcludedReason));
    }
}
