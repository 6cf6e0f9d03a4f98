using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// The tests of a fact alone by which a rule's elements of one fact type could take it: each element's
/// <see cref="CompiledElement.Filter"/>. A fact that passes none takes part in none of the rule's matches,
/// so its coming or going changes nothing for the rule, which the agenda then need not look at again.
/// Worked out once per rule and type; immutable.
/// </summary>
internal sealed class FactFilter
{
    /// <summary>Each element's test of the fact alone, which it is given as the candidate.</summary>
    private readonly Condition[] _tests;

    private FactFilter(Condition[] tests)
    {
        _tests = tests;
    }

    /// <summary>
    /// The filter of the rule's elements of the type, or null when one of them tests nothing of the fact
    /// alone (every fact of the type may take part).
    /// </summary>
    public static FactFilter? For(CompiledRule rule, int typeOrdinal)
    {
        var tests = new List<Condition>(1);
        foreach (var element in rule.Elements)
        {
            if (element.TypeOrdinal != typeOrdinal)
            {
                continue;
            }

            if (element.Filter is not { } test)
            {
                return null;
            }

            tests.Add(test);
        }

        return tests.Count == 0 ? null : new FactFilter([.. tests]);
    }

    /// <summary>Whether some element of the type could take <paramref name="fact"/>; a test alone reads nothing of <paramref name="scratch"/>.</summary>
    public bool Admits(Fact fact, MatchContext scratch)
    {
        foreach (var test in _tests)
        {
            if (test(scratch, fact))
            {
                return true;
            }
        }

        return false;
    }
}
