using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;

/// <summary>Art. 24 (policy responsibility-precedence): of several derived types, direct over supervisory over leadership.</summary>
[Priority(55)]
public sealed class ResponsibilityPrecedenceRule : Rule
{
    public override void Define()
    {
        Person person = null!;
        IEnumerable<ResponsibilityBasis> bases = null!;
        When()
            .Match(() => person, p => p.Responsibility == null)
            .Query(() => bases, q => q.Match<ResponsibilityBasis>(b => b.Person == person.Id).Collect().Where(c => c.Any()));
        Then().Yield(_ => Highest(person, bases));
    }

    private static PersonResponsibility Highest(Person person, IEnumerable<ResponsibilityBasis> bases)
    {
        ResponsibilityBasis? best = null;
        foreach (var basis in bases)
        {
            if (best is null || basis.Rank > best.Rank)
            {
                best = basis;
            }
        }

        return new PersonResponsibility(person.Id, best!.Responsibility, YibinTables.Derived);
    }}
