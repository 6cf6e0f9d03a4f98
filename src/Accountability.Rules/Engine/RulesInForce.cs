using System.Collections.Immutable;
using NodaTime;

namespace Accountability.Rules.Engine;

/// <summary>
/// The rules in force on a date, worked out once per compiled ruleset: the days on which a rule
/// comes into force or goes out of force cut time into periods, and each period has its
/// <see cref="RulePeriod"/>: the rules that a session looks at first and, for each fact type, the
/// rules in force that read it. Immutable.
/// </summary>
internal sealed class RulesInForce
{
    /// <summary>The first day of each period but the first, in order.</summary>
    private readonly LocalDate[] _starts;

    /// <summary>Each period: before <c>_starts[0]</c>, then from each start on.</summary>
    private readonly RulePeriod[] _periods;

    /// <summary>Every rule, for a session without a date.</summary>
    private readonly RulePeriod _all;

    /// <param name="rules">The rules, by declaration order.</param>
    /// <param name="priorityPosition">For each rule order, its position in the agenda's priority order.</param>
    /// <param name="readers">For each fact type ordinal, the rules whose conditions read that type.</param>
    public RulesInForce(ImmutableArray<CompiledRule> rules, ImmutableArray<int> priorityPosition, ImmutableArray<ImmutableArray<TypeReader>> readers)
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
        _periods = new RulePeriod[_starts.Length + 1];
        for (var period = 0; period < _periods.Length; period++)
        {
            // Every day of a period gives the same answer: its first day, or the day before the first start.
            var day = period > 0 ? _starts[period - 1] : _starts.Length > 0 && _starts[0] > LocalDate.MinIsoValue ? _starts[0].PlusDays(-1) : LocalDate.MinIsoValue;
            _periods[period] = new RulePeriod(rules, priorityPosition, readers, rule => rule.Definition.IsInForceOn(day));
        }

        _all = new RulePeriod(rules, priorityPosition, readers, _ => true);
    }

    /// <summary>The rules in force on <paramref name="date"/> (every rule when null).</summary>
    public RulePeriod On(LocalDate? date) => date is { } day ? _periods[Period(day)] : _all;

    private int Period(LocalDate day)
    {
        if (_starts.Length == 0)
        {
            return 0;
        }

        var found = Array.BinarySearch(_starts, day);
        return found >= 0 ? found + 1 : ~found;
    }
}

/// <summary>
/// The rules in force in one period (<see cref="RulesInForce"/>): those a session looks at first (in force and
/// without a pattern: a rule with a pattern has no match until a fact of each pattern's type is held, and a fact of
/// a type it reads makes the agenda look at it), as bits by priority position (the layout of <see cref="PositionSet"/>),
/// and for each fact type the rules in force that read it, so that the agenda hears of a fact only from the rules
/// that can use it. Immutable; do not change the arrays.
/// </summary>
internal sealed class RulePeriod
{
    public RulePeriod(ImmutableArray<CompiledRule> rules, ImmutableArray<int> priorityPosition, ImmutableArray<ImmutableArray<TypeReader>> readers, Func<CompiledRule, bool> inForce)
    {
        FirstLooks = PositionSet.Words(rules.Length);
        foreach (var rule in rules)
        {
            if (rule.PatternSlots.IsEmpty && inForce(rule))
            {
                PositionSet.Add(FirstLooks, priorityPosition[rule.Order]);
            }
        }

        // A list rather than LINQ: LINQ over a struct is compiled at run time, at every start.
        Readers = new TypeReader[readers.Length][];
        ReaderPositions = new ulong[readers.Length][];
        var reading = new List<TypeReader>();
        for (var type = 0; type < readers.Length; type++)
        {
            reading.Clear();
            var positions = PositionSet.Words(rules.Length);
            foreach (var reader in readers[type])
            {
                if (inForce(rules[reader.Order]))
                {
                    reading.Add(reader);
                    PositionSet.Add(positions, reader.Position);
                }
            }

            Readers[type] = reading.ToArray();
            ReaderPositions[type] = positions;
        }
    }

    /// <summary>The rules in force without a pattern, by priority position.</summary>
    public ulong[] FirstLooks { get; }

    /// <summary>For each fact type ordinal, the rules in force whose conditions read that type.</summary>
    public TypeReader[][] Readers { get; }

    /// <summary>For each fact type ordinal, the priority positions of <see cref="Readers"/> (the layout of <see cref="PositionSet"/>).</summary>
    public ulong[][] ReaderPositions { get; }
}
