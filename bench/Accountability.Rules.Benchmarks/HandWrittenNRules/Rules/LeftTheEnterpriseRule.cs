using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>
/// national-2016 五(二)3: a person who left the enterprise is held to the salary before leaving; the
/// conclusions are those of <see cref="NoPerformanceSalaryRule"/>, drawn once when both apply.
/// </summary>
[Priority(40)]
public sealed class LeftTheEnterpriseRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        When()
            .Match(() => person, p => p.Status == YibinTables.Resigned)
            .Not<NoPerformanceSalary>(n => n.Person == person.Id)
            .Exists<Sanction>(s => s.Person == person.Id && !s.NonePrescribed);
        Then()
            .Yield(_ => new DeductionBase(person.Id, YibinTables.NoSalaryBase, YibinTables.NoSalaryEffect))
            .Yield(_ => new Note(person.Id, YibinTables.NoSalaryNote));
    }
}
