using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 34: circumstances handled under other rules.</summary>
[Priority(20)]
public sealed class ScopeFlagRule : Rule
{
    public override void Define()
    {
        Circumstance circumstance = null!;
        When().Match(() => circumstance, c => YibinTables.ScopeNote(c.Code) != null);
        Then().Yield(_ => new ScopeFlag(circumstance.Code, YibinTables.ScopeNote(circumstance.Code)!));
    }
}
