using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 32 ¶1: both kinds of factor and a ground that excludes tolerance, the sanction is aggravated. (policy adjustment-range)</summary>
[Priority(40)]
public sealed class AggravateToleranceDeniedRule : Rule
{
    public override void Define()
    {
        PersonResponsibility responsibility = null!;
        When()
            .Match(() => responsibility)
            .Exists<FactorFinding>(f => f.Person == responsibility.Person && f.Direction == YibinTables.Aggravating)
            .Exists<FactorFinding>(f => f.Person == responsibility.Person && f.Direction == YibinTables.Mitigating)
            .Exists<ToleranceDenied>(d => d.Person == responsibility.Person)
            .Not<FactorFinding>(f => f.Person == responsibility.Person && YibinTables.AfterTheFact(f.Factor));
        Then().Yield(_ => YibinTables.AggravateToleranceDenied.For(responsibility.Person));
    }
}
