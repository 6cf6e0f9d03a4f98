using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 36(2) (policy enterprise-level): the SASAC handles a city-owned enterprise's major losses.</summary>
[Priority(30)]
public sealed class SasacMajorRule : Rule
{
    public override void Define()
    {
        Enterprise enterprise = null!;
        When()
            .Match(() => enterprise, e => e.Level == YibinTables.Group)
            .Match<LossTier>(t => t.Tier == "major");
        Then().Yield(_ => new Authority(YibinTables.Sasac, YibinTables.MajorReason));
    }
}
