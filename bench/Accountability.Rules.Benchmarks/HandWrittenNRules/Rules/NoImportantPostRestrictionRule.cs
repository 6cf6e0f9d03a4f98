using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 30: 诫勉 bars an important post (不得重用) for six months.</summary>
[Priority(40)]
public sealed class NoImportantPostRestrictionRule : Rule
{
    public override void Define()
    {
        Decision decision = null!;
        When().Match(() => decision, d => YibinTables.BarsImportantPost(d.Measure));
        Then().Yield(_ => new Restriction(decision.Person, "no-important-post", decision.Measure, decision.On, decision.On.Plus(YibinTables.NoImportantPostPeriod), "accountability"));
    }
}
