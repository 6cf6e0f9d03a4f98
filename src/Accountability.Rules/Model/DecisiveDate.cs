namespace Accountability.Rules.Model;

/// <summary>
/// The date of a case that decides whether a ruleset's rules apply, when it is not the case's
/// decision date (<c>decidedOn</c>): the date of each fact of a type, such as the day each
/// interview is held (an interview held before interview rules were issued is not under them) or
/// the year of each yearly duty; a ruleset names one per fact type (<see cref="RuleSetDefinition.DecisiveDates"/>).
/// The loader makes it a condition of every rule that matches a fact of that type: the fact's date
/// lies within the rule's period in force.
/// </summary>
/// <param name="FactType">The fact type whose date decides, e.g. <c>interview</c>.</param>
/// <param name="Field">Its date field (or year, a number), e.g. <c>heldOn</c>.</param>
public sealed record DecisiveDate(string FactType, string Field);
