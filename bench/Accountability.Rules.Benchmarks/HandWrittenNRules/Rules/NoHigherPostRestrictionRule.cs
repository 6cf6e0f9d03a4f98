using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 30: 责令辞职 and 免职 bar a higher post for two years.</summary>
[Priority(40)]
public sealed class NoHigherPostRestrictionRule : Rule
{
    public override void Define()
    {
        Decision decision = null!;
        When().Match(() => decision, d => YibinTables.BarsPost(d.Measure));
        Then().Yield(_ => new Restriction(decision.Person, "no-higher-post", decision.Measure, decision.On, decision.On.Plus(YibinTables.NoHigherPostPeriod), "accountability"));
    }
}
