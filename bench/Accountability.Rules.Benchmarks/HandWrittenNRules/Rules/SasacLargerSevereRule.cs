using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 36(2): the SASAC handles larger losses with severe consequences.</summary>
[Priority(30)]
public sealed class SasacLargerSevereRule : Rule
{
    public override void Define()
    {
        When()
            .Match<LossTier>(t => t.Tier == "larger")
            .Exists<Circumstance>(c => c.Code == "severe-consequences");
        Then().Yield(_ => new Authority(YibinTables.Sasac, YibinTables.LargerSevereReason));
    }
}
