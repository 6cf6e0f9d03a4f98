using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 22: a person for whom no responsibility is established is noted.</summary>
[Priority(50)]
public sealed class NoResponsibilityRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        When()
            .Match(() => person)
            .Not<PersonResponsibility>(r => r.Person == person.Id);
        Then().Yield(_ => new Note(person.Id, YibinTables.NoResponsibilityNote));
    }
}
