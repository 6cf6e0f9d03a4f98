using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 31, Art. 32: an aggravating or mitigating factor applies to the person it names, or to everyone.</summary>
[Priority(50)]
public sealed class FactorFindingRule : Rule
{
    public override void Define()
    {
        Factor factor = null!;
        PersonResponsibility responsibility = null!;
        When()
            .Match(() => factor, f => YibinTables.FactorDirection(f.Code) != null)
            .Match(() => responsibility, r => factor.Person == null || factor.Person == r.Person);
        Then().Yield(_ => Finding(factor, responsibility));
    }

    private static FactorFinding Finding(Factor factor, PersonResponsibility responsibility)
    {
        var direction = YibinTables.FactorDirection(factor.Code)!;
        return new FactorFinding(responsibility.Person, factor.Code, direction, YibinTables.FactorTerms(direction));
    }}
