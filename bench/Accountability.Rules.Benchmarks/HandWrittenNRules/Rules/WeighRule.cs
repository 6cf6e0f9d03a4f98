using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 32: aggravating and mitigating factors both apply, they are weighed. (policy adjustment-range)</summary>
[Priority(40)]
public sealed class WeighRule : Rule
{
    public override void Define()
    {
        PersonResponsibility responsibility = null!;
        When()
            .Match(() => responsibility)
            .Exists<FactorFinding>(f => f.Person == responsibility.Person && f.Direction == YibinTables.Aggravating)
            .Exists<FactorFinding>(f => f.Person == responsibility.Person && f.Direction == YibinTables.Mitigating)
            .Not<ToleranceDenied>(d => d.Person == responsibility.Person);
        Then().Yield(_ => YibinTables.Weigh.For(responsibility.Person));
    }
}
