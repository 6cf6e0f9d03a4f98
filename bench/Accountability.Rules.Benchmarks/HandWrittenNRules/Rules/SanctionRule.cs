using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 28: the sanction row for the tier and the person's responsibility.</summary>
[Priority(50)]
public sealed class SanctionRule : Rule
{
    public override void Define()
    {
        LossTier tier = null!;
        PersonResponsibility responsibility = null!;
        When()
            .Match(() => tier)
            .Match(() => responsibility, r => YibinTables.Row(tier.Tier, r.Responsibility) != null);
        Then().Yield(_ => new Sanction(responsibility.Person, YibinTables.Row(tier.Tier, responsibility.Responsibility)!));
    }
}
