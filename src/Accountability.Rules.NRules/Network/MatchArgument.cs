namespace Accountability.Rules.NRules.Network;

/// <summary>
/// One declaration of an NRules match, as the compiled rule sees it: the fact bound to a pattern's
/// slot, or an aggregate's value bound to its value slot.
/// </summary>
/// <param name="Slot">The fact slot of a pattern, or the value slot of an aggregate.</param>
/// <param name="IsAggregate">Whether the declaration is an aggregate's <see cref="AggregateValue"/>.</param>
internal readonly record struct MatchArgument(int Slot, bool IsAggregate);
