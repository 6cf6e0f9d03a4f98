using System.Collections.Immutable;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.CaseGeneration.Profiles;

/// <summary>
/// What the generator needs to know of one (effective) ruleset: its code lists, the fact types its
/// rules read, the constants they compare with, and its period in force. Immutable.
/// </summary>
internal sealed class RuleSetProfile
{
    /// <summary>The last day generated dates normally reach: the bundled working-day calendar covers 2016–2026.</summary>
    public static readonly LocalDate CalendarEnd = new(2026, 12, 31);

    /// <summary>The first day of the bundled working-day calendar.</summary>
    public static readonly LocalDate CalendarStart = new(2016, 1, 1);

    private readonly ImmutableHashSet<string> _readTypes;

    public RuleSetProfile(RuleSetDefinition definition)
    {
        Definition = definition;
        Constants = new RuleConstants(definition);
        _readTypes = [.. definition.Rules.SelectMany(r => r.Conditions).Select(c => c.FactType)];
    }

    public RuleSetDefinition Definition { get; }

    public string Id => Definition.Id;

    public RuleConstants Constants { get; }

    /// <summary>The ids a case evaluated under this ruleset may name: its own, then its parents'.</summary>
    public ImmutableArray<string> NameableIds => [Definition.Id, .. Definition.Parents.Select(p => p.Id)];

    /// <summary>The codes of a code list; empty when the ruleset declares none.</summary>
    public ImmutableArray<string> Codes(string list) =>
        Definition.CodeLists.TryGetValue(list, out var codes) ? [.. codes.Select(c => c.Code)] : [];

    /// <summary>The responsibility codes, lowest precedence first.</summary>
    public ImmutableArray<string> Responsibilities => [.. Definition.Responsibilities.Select(r => r.Code)];

    /// <summary>Whether some rule reads facts of the type (in a pattern, a negation or an aggregate).</summary>
    public bool Reads(string factType) => _readTypes.Contains(factType);

    /// <summary>The last day of the period in force, or the calendar's end for a ruleset still in force.</summary>
    public LocalDate InForceEnd => Definition.InForceTo is { } to && to < CalendarEnd ? to : CalendarEnd;
}
