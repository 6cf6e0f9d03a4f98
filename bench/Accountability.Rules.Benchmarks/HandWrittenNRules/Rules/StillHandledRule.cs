using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 33: people transferred, resigned or retired are still handled.</summary>
[Priority(20)]
public sealed class StillHandledRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        When().Match(() => person, p => YibinTables.StillHandled(p.Status));
        Then().Yield(_ => new StillHandled(person.Id, person.Status));
    }
}
