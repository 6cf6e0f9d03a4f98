using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 25: failing in duties within the area one directly oversees grounds supervisory responsibility.</summary>
[Priority(60)]
public sealed class SupervisoryBasisRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        When()
            .Match(() => person, p => p.Responsibility == null)
            .Exists<Conduct>(c => c.Person == person.Id && YibinTables.GroundsSupervisory(c.Code));
        Then().Yield(_ => new ResponsibilityBasis(person.Id, "supervisory", 2, YibinTables.Derived));
    }
}
