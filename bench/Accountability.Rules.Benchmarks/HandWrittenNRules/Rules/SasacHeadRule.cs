using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 36(2) (policy enterprise-level): the SASAC handles cases involving the heads of a city-owned enterprise.</summary>
[Priority(30)]
public sealed class SasacHeadRule : Rule
{
    public override void Define()
    {
        Enterprise enterprise = null!;
        When()
            .Match(() => enterprise, e => e.Level == "group")
            .Exists<Person>(p => YibinTables.IsHead(p.Role));
        Then().Yield(_ => new Authority(YibinTables.Sasac, YibinTables.HeadReason));
    }
}
