using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 22 (policy given-responsibility-wins): a responsibility the investigation stated is taken as given.</summary>
[Priority(60)]
public sealed class GivenResponsibilityRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        When().Match(() => person, p => p.Responsibility != null);
        Then().Yield(_ => new PersonResponsibility(person.Id, person.Responsibility!, YibinTables.Given));
    }
}
