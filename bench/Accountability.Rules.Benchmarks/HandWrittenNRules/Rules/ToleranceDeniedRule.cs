using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 32 ¶1: a ground that excludes tolerance applies to the person it names, or to everyone.</summary>
[Priority(50)]
public sealed class ToleranceDeniedRule : Rule
{
    public override void Define()
    {
        Factor factor = null!;
        PersonResponsibility responsibility = null!;
        When()
            .Match(() => factor, f => YibinTables.ExcludesTolerance(f.Code))
            .Match(() => responsibility, r => factor.Person == null || factor.Person == r.Person);
        Then().Yield(_ => new ToleranceDenied(responsibility.Person, factor.Code));
    }
}
