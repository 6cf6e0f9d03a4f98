using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 32 ¶1: mitigating factors but a ground that excludes tolerance, mitigation is not available. (policy adjustment-range)</summary>
[Priority(40)]
public sealed class ToleranceDeniedAdjustmentRule : Rule
{
    public override void Define()
    {
        PersonResponsibility responsibility = null!;
        When()
            .Match(() => responsibility)
            .Exists<FactorFinding>(f => f.Person == responsibility.Person && f.Direction == YibinTables.Mitigating)
            .Not<FactorFinding>(f => f.Person == responsibility.Person && f.Direction == YibinTables.Aggravating)
            .Exists<ToleranceDenied>(d => d.Person == responsibility.Person)
            .Not<FactorFinding>(f => f.Person == responsibility.Person && YibinTables.AfterTheFact(f.Factor));
        Then().Yield(_ => YibinTables.ToleranceDeniedNone.For(responsibility.Person));
    }
}
