using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 18, Art. 21: direct and indirect losses, and contingent losses an intermediary assessed, count.</summary>
[Priority(100)]
public sealed class CountedLossRule : Rule
{
    public override void Define()
    {
        Loss loss = null!;
        When().Match(() => loss, l => YibinTables.Counts(l));
        Then().Yield(_ => new CountedLoss(loss.Id, loss.Amount, loss.Kind));
    }
}
