using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 26: the principal head failing in duties within their remit bears leadership responsibility.</summary>
[Priority(60)]
public sealed class LeadershipBasisRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        When()
            .Match(() => person, p => p.Responsibility == null)
            .Exists<Conduct>(c => c.Person == person.Id && YibinTables.GroundsLeadership(person.Role, c.Code));
        Then().Yield(_ => new ResponsibilityBasis(person.Id, "leadership", 1, YibinTables.Derived));
    }
}
