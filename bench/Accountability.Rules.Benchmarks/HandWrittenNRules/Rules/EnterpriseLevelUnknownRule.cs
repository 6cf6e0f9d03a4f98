using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 36(2) (policy enterprise-level): without the enterprise's level the enterprise-head criterion is not evaluated.</summary>
[Priority(20)]
public sealed class EnterpriseLevelUnknownRule : Rule
{
    public override void Define()
    {
        When()
            .Not<Enterprise>(e => YibinTables.LevelStated(e.Level))
            .Exists<Person>(p => YibinTables.IsHead(p.Role));
        Then().Yield(_ => new Note("authority", YibinTables.LevelUnknownNote));
    }
}
