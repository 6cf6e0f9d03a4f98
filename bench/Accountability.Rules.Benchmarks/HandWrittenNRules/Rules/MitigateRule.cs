using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 32: mitigating factors only and tolerance not excluded, the sanction may be mitigated. (policy adjustment-range)</summary>
[Priority(40)]
public sealed class MitigateRule : Rule
{
    public override void Define()
    {
        PersonResponsibility responsibility = null!;
        When()
            .Match(() => responsibility)
            .Exists<FactorFinding>(f => f.Person == responsibility.Person && f.Direction == YibinTables.Mitigating)
            .Not<FactorFinding>(f => f.Person == responsibility.Person && f.Direction == YibinTables.Aggravating)
            .Not<ToleranceDenied>(d => d.Person == responsibility.Person);
        Then().Yield(_ => YibinTables.Mitigate.For(responsibility.Person));
    }
}
