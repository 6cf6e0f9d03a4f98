using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 36(3): the SASAC handles cases it takes on directly.</summary>
[Priority(30)]
public sealed class SasacDirectRule : Rule
{
    public override void Define()
    {
        When().Exists<Circumstance>(c => c.Code == "sasac-direct");
        Then().Yield(_ => new Authority(YibinTables.Sasac, YibinTables.DirectReason));
    }
}
