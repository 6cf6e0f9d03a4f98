using System.Collections.Immutable;
using NodaTime;

namespace Accountability.Rules.Engine;

/// <summary>
/// The rules in force on a date, worked out once per compiled ruleset: the days on which a rule
/// comes into force or goes out of force cut time into periods, and each period has its set of rules
/// in force, as bits by priority position (the layout of <see cref="PositionSet"/>). With it, the set
/// of the rules that a session looks at first: those in force that have no pattern (a rule with a
/// pattern has no match until a fact of the pattern's type comes, which makes the agenda look at it).
/// Immutable.
/// </summary>
internal sealed class RulesInForce
{
    /// <summary>The first day of each period but the first, in order.</summary>
    private readonly LocalDate[] _starts;

    /// <summary>The rules in force in each period: before <c>_starts[0]</c>, then from each start on.</summary>
    private readonly ulong[][] _inForce;

    /// <summary>The same sets, keeping only the rules without a pattern.</summary>
    private readonly ulong[][] _firstLooks;

    private readonly ulong[] _all;
    private readonly ulong[] _allFirstLooks;

    public RulesInForce(ImmutableArray<CompiledRule> rules, ImmutableArray<int> priorityPosition)
    {
        var starts = new SortedSet<LocalDate>();
        foreach (var rule in rules)
        {
            if (rule.Definition.InForceFrom is { } from)
            {
                starts.Add(from);
            }

            if (rule.Definition.InForceTo is { } to && to < LocalDate.MaxIsoValue)
            {
                starts.Add(to.PlusDays(1));
            }
        }

        _starts = new LocalDate[starts.Count];
        starts.CopyTo(_starts);
        _inForce = new ulong[_starts.Length + 1][];
        _firstLooks = new ulong[_inForce.Length][];
        for (var period = 0; period < _inForce.Length; period++)
        {
            // Every day of a period gives the same answer: its first day, or the day before the first start.
            var day = period > 0 ? _starts[period - 1] : _starts.Length > 0 && _starts[0] > LocalDate.MinIsoValue ? _starts[0].PlusDays(-1) : LocalDate.MinIsoValue;
            _inForce[period] = Positions(rules, priorityPosition, rule => rule.Definition.IsInForceOn(day));
            _firstLooks[period] = Positions(rules, priorityPosition, rule => rule.Definition.IsInForceOn(day) && rule.PatternSlots.IsEmpty);
        }

        _all = Positions(rules, priorityPosition, _ => true);
        _allFirstLooks = Positions(rules, priorityPosition, rule => rule.PatternSlots.IsEmpty);
    }

    /// <summary>The rules in force on <paramref name="date"/> (every rule when null). Do not change the array.</summary>
    public ulong[] On(LocalDate? date) => date is { } day ? _inForce[Period(day)] : _all;

    /// <summary>The rules in force on <paramref name="date"/> (every rule when null) that have no pattern. Do not change the array.</summary>
    public ulong[] FirstLooksOn(LocalDate? date) => date is { } day ? _firstLooks[Period(day)] : _allFirstLooks;

    private int Period(LocalDate day)
    {
        if (_starts.Length == 0)
        {
            return 0;
        }

        var found = Array.BinarySearch(_starts, day);
        return found >= 0 ? found + 1 : ~found;
    }

    private static ulong[] Positions(ImmutableArray<CompiledRule> rules, ImmutableArray<int> priorityPosition, Func<CompiledRule, bool> include)
    {
        var words = PositionSet.Words(rules.Length);
        foreach (var rule in rules)
        {
            if (include(rule))
            {
                PositionSet.Add(words, priorityPosition[rule.Order]);
            }
        }

        return words;
    }
}
