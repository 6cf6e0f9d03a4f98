using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 30: a measure's no-promotion period, counted as the Civil Code counts (policy civil-code-periods).</summary>
[Priority(40)]
public sealed class NoPromotionRestrictionRule : Rule
{
    public override void Define()
    {
        Decision decision = null!;
        When().Match(() => decision, d => YibinTables.NoPromotionPeriod(d.Measure) != null);
        Then().Yield(_ => new Restriction(decision.Person, "no-promotion", decision.Measure, decision.On, decision.On.Plus(YibinTables.NoPromotionPeriod(decision.Measure)!), "accountability"));
    }
}
