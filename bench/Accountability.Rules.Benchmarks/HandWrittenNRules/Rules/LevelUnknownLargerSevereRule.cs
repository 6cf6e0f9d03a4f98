using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 36(2) (policy enterprise-level): without the enterprise's level, who handles a larger loss with severe consequences is not determined.</summary>
[Priority(10)]
public sealed class LevelUnknownLargerSevereRule : Rule
{
    public override void Define()
    {
        When()
            .Not<Enterprise>(e => YibinTables.LevelStated(e.Level))
            .Match<LossTier>(t => t.Tier == "larger")
            .Exists<Circumstance>(c => c.Code == "severe-consequences")
            .Not<Authority>(a => a.Name == YibinTables.Sasac);
        Then().Yield(_ => new Note("authority", YibinTables.LevelUnknownLargerSevereNote));
    }
}
