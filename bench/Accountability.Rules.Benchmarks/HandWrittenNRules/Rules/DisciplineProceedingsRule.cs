using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 19 ¶2: discipline or criminal proceedings alongside are noted; the case is evaluated.</summary>
[Priority(20)]
public sealed class DisciplineProceedingsRule : Rule
{
    public override void Define()
    {
        When().Match<Circumstance>(c => c.Code == YibinTables.DisciplineProceedings);
        Then().Yield(_ => new Note("lossSeverity", YibinTables.DisciplineProceedingsNote));
    }
}
