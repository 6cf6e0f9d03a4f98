using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 23, Art. 24: a decisive role, or an enterprise head's Art. 24 conduct, grounds direct responsibility.</summary>
[Priority(60)]
public sealed class DirectBasisRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        When()
            .Match(() => person, p => p.Responsibility == null)
            .Exists<Conduct>(c => c.Person == person.Id && YibinTables.GroundsDirect(person.Role, c.Code));
        Then().Yield(_ => new ResponsibilityBasis(person.Id, "direct", 3, YibinTables.Derived));
    }
}
