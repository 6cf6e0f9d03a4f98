using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>六(二) (policy subsidiary-loss-handling): the group handles a larger or major loss of its subsidiary.</summary>
[Priority(10)]
public sealed class SubsidiaryLargerMajorRule : Rule
{
    public override void Define()
    {
        Enterprise enterprise = null!;
        When()
            .Match(() => enterprise, e => e.Level == YibinTables.Subsidiary)
            .Match<LossTier>(t => t.Tier == "larger" || t.Tier == "major")
            .Not<Authority>(a => a.Name == YibinTables.Sasac);
        Then().Yield(_ => new Authority(YibinTables.Group, YibinTables.SubsidiaryLargerMajorReason));
    }
}
