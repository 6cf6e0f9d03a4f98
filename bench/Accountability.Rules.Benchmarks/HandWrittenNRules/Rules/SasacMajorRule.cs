using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 36(2): the SASAC handles major losses.</summary>
[Priority(30)]
public sealed class SasacMajorRule : Rule
{
    public override void Define()
    {
        When().Match<LossTier>(t => t.Tier == "major");
        Then().Yield(_ => new Authority(YibinTables.Sasac, YibinTables.MajorReason));
    }
}
