using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 28(1): for a general loss the deduction is one the decision maker may impose.</summary>
[Priority(45)]
public sealed class MayDeductNoteRule : Rule
{
    public override void Define()
    {
        Sanction sanction = null!;
        When().Match(() => sanction, s => s.Tier == "general" && !s.NonePrescribed);
        Then().Yield(_ => new Note(sanction.Person, YibinTables.MayDeductNote));
    }
}
