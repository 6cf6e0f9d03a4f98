using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 37(1) (policy enterprise-level): without the enterprise's level, a general loss is handled by the enterprise where it occurred.</summary>
[Priority(10)]
public sealed class LevelUnknownGeneralRule : Rule
{
    public override void Define()
    {
        When()
            .Not<Enterprise>(e => YibinTables.LevelStated(e.Level))
            .Not<LossTier>(t => t.Tier == "larger" || t.Tier == "major")
            .Not<Circumstance>(c => c.Code == "group-direct")
            .Not<Authority>(a => a.Name == YibinTables.Sasac);
        Then().Yield(_ => new Authority("enterprise", YibinTables.LevelUnknownGeneralReason));
    }
}
