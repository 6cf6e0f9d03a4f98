using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>六(二) (policy subsidiary-loss-handling): the group takes a subsidiary's general loss on directly.</summary>
[Priority(10)]
public sealed class GroupDirectRule : Rule
{
    public override void Define()
    {
        When()
            .Not<Enterprise>(e => e.Level == YibinTables.Group)
            .Not<LossTier>(t => t.Tier == "larger" || t.Tier == "major")
            .Exists<Circumstance>(c => c.Code == "group-direct")
            .Not<Authority>(a => a.Name == YibinTables.Sasac);
        Then().Yield(_ => new Authority(YibinTables.Group, YibinTables.GroupDirectReason));
    }
}
