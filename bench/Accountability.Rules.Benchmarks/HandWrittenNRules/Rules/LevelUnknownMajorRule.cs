using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 36(2) (policy enterprise-level): without the enterprise's level, who handles a major loss is not determined.</summary>
[Priority(10)]
public sealed class LevelUnknownMajorRule : Rule
{
    public override void Define()
    {
        When()
            .Not<Enterprise>(e => YibinTables.LevelStated(e.Level))
            .Match<LossTier>(t => t.Tier == "major")
            .Not<Authority>(a => a.Name == YibinTables.Sasac);
        Then().Yield(_ => new Note("authority", YibinTables.LevelUnknownMajorNote));
    }
}
