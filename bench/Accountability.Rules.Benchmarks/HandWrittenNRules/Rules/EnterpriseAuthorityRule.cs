using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 37(1): the enterprise handles what Art. 36 does not give the SASAC.</summary>
[Priority(10)]
public sealed class EnterpriseAuthorityRule : Rule
{
    public override void Define()
    {
        When().Not<Authority>(a => a.Name == YibinTables.Sasac);
        Then().Yield(_ => new Authority("enterprise", YibinTables.EnterpriseReason));
    }
}
