using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 37(1) (policy enterprise-level): without the enterprise's level, a larger loss without severe consequences is handled by the group.</summary>
[Priority(10)]
public sealed class LevelUnknownLargerRule : Rule
{
    public override void Define()
    {
        When()
            .Not<Enterprise>(e => YibinTables.LevelStated(e.Level))
            .Match<LossTier>(t => t.Tier == "larger")
            .Not<Circumstance>(c => c.Code == "severe-consequences")
            .Not<Authority>(a => a.Name == YibinTables.Sasac);
        Then().Yield(_ => new Authority(YibinTables.Group, YibinTables.LevelUnknownLargerReason));
    }
}
