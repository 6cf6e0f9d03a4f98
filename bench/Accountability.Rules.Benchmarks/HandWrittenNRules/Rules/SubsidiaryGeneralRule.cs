using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>六(二) (policy subsidiary-loss-handling): a subsidiary handles its own general loss.</summary>
[Priority(10)]
public sealed class SubsidiaryGeneralRule : Rule
{
    public override void Define()
    {
        Enterprise enterprise = null!;
        When()
            .Match(() => enterprise, e => e.Level == YibinTables.Subsidiary)
            .Not<LossTier>(t => t.Tier == "larger" || t.Tier == "major")
            .Not<Circumstance>(c => c.Code == "group-direct")
            .Not<Authority>(a => a.Name == YibinTables.Sasac);
        Then().Yield(_ => new Authority(YibinTables.Subsidiary, YibinTables.SubsidiaryGeneralReason));
    }
}
