using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 30 (policy longer-restriction-per-kind): of restrictions of one kind, the one that ends last applies.</summary>
[Priority(35)]
public sealed class LongerPeriodRule : Rule
{
    public override void Define()
    {
        Restriction restriction = null!;
        When()
            .Match(() => restriction)
            .Not<Restriction>(o => o.Person == restriction.Person && o.Kind == restriction.Kind && o.LastDay > restriction.LastDay);
        Then().Yield(_ => new PromotionRestriction(restriction.Person, restriction.Kind, restriction.Measure, restriction.LastDay, restriction.Source));
    }
}
