using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 32(5), (6): tolerance excluded, but a mitigating item after the fact keeps the mitigation available.</summary>
[Priority(40)]
public sealed class MitigateAfterTheFactRule : Rule
{
    public override void Define()
    {
        PersonResponsibility responsibility = null!;
        When()
            .Match(() => responsibility)
            .Exists<FactorFinding>(f => f.Person == responsibility.Person && YibinTables.AfterTheFact(f.Factor))
            .Not<FactorFinding>(f => f.Person == responsibility.Person && f.Direction == YibinTables.Aggravating)
            .Exists<ToleranceDenied>(d => d.Person == responsibility.Person);
        Then().Yield(_ => YibinTables.Mitigate.For(responsibility.Person));
    }
}
