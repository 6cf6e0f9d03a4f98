using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 21: the note that a contingent loss was not counted (once, however many).</summary>
[Priority(100)]
public sealed class ExcludedLossNoteRule : Rule
{
    public override void Define()
    {
        When().Exists<Loss>(l => YibinTables.Excluded(l));
        Then().Yield(_ => new Note("lossSeverity", YibinTables.ExcludedNote));
    }
}
