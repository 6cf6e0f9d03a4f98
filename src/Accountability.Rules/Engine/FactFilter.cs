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
    /// <summary>Each element's slot, where the fact is bound while its test runs.</summary>
    private readonly int[] _slots;

    private readonly Condition[] _tests;

    private FactFilter(int[] slots, Condition[] tests)
    {
        _slots = slots;
        _tests = tests;
    }

    /// <summary>
    /// The filter of the rule's elements of the type, or null when one of them tests nothing of the fact
    /// alone (every fact of the type may take part).
    /// </summary>
    public static FactFilter? For(CompiledRule rule, int typeOrdinal)
    {
        var slots = new List<int>(1);
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

            slots.Add(element.FactSlot);
            tests.Add(test);
        }

        return slots.Count == 0 ? null : new FactFilter([.. slots], [.. tests]);
    }

    /// <summary>Whether some element of the type could take <paramref name="fact"/>; <paramref name="scratch"/> holds no binding before or after.</summary>
    public bool Admits(Fact fact, MatchContext scratch)
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            var slot = _slots[i];
            scratch.Facts[slot] = fact;
            var holds = _tests[i](scratch);
            scratch.Facts[slot] = null;
            if (holds)
            {
                return true;
            }
        }

        return false;
    }
}
