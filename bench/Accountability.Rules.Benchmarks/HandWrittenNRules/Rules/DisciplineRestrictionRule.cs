using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 30: a discipline sanction restricts promotion for its influence period.</summary>
[Priority(40)]
public sealed class DisciplineRestrictionRule : Rule
{
    public override void Define()
    {
        DisciplineSanction sanction = null!;
        When().Match(() => sanction);
        Then().Yield(_ => new Restriction(sanction.Person, "no-promotion", sanction.Sanction, sanction.On, sanction.On.Plus(sanction.InfluencePeriod), "discipline"));
    }
}
