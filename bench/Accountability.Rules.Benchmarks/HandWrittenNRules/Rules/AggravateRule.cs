using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 31: aggravating factors only, the sanction is aggravated. (policy adjustment-range)</summary>
[Priority(40)]
public sealed class AggravateRule : Rule
{
    public override void Define()
    {
        PersonResponsibility responsibility = null!;
        When()
            .Match(() => responsibility)
            .Exists<FactorFinding>(f => f.Person == responsibility.Person && f.Direction == YibinTables.Aggravating)
            .Not<FactorFinding>(f => f.Person == responsibility.Person && f.Direction == YibinTables.Mitigating);
        Then().Yield(_ => YibinTables.Aggravate.For(responsibility.Person));
    }
}
