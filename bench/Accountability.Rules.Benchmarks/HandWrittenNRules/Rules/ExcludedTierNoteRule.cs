using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 21: an unassessed contingent loss may raise a tier below the highest.</summary>
[Priority(75)]
public sealed class ExcludedTierNoteRule : Rule
{
    public override void Define()
    {
        When()
            .Exists<Loss>(l => YibinTables.Excluded(l))
            .Exists<LossTier>(t => YibinTables.BelowHighest(t));
        Then().Yield(_ => new Note("lossSeverity", YibinTables.ExcludedTierNote));
    }
}
