using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 37(1) (policy enterprise-level): a city-owned enterprise handles what Art. 36 does not give the SASAC.</summary>
[Priority(10)]
public sealed class GroupAuthorityRule : Rule
{
    public override void Define()
    {
        Enterprise enterprise = null!;
        When()
            .Match(() => enterprise, e => e.Level == YibinTables.Group)
            .Not<Authority>(a => a.Name == YibinTables.Sasac);
        Then().Yield(_ => new Authority(YibinTables.Group, YibinTables.GroupReason));
    }
}
