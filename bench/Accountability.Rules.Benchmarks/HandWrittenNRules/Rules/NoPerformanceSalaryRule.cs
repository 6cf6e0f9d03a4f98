using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>national-2016 五(二)3: a person no longer drawing performance salary is held to the salary before leaving.</summary>
[Priority(40)]
public sealed class NoPerformanceSalaryRule : Rule
{
    public override void Define()
    {
        NoPerformanceSalary none = null!;
        When()
            .Match(() => none)
            .Exists<Sanction>(s => s.Person == none.Person && !s.NonePrescribed);
        Then()
            .Yield(_ => new DeductionBase(none.Person, YibinTables.NoSalaryBase, YibinTables.NoSalaryEffect))
            .Yield(_ => new Note(none.Person, YibinTables.NoSalaryNote));
    }
}
