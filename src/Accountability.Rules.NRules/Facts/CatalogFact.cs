using Accountability.Rules.Facts;

namespace Accountability.Rules.NRules.Facts;

/// <summary>
/// A fact of a type outside the standard catalogue (a catalogue built for tests or tools): all such
/// facts share this class, and patterns test the fact type as their first condition.
/// </summary>
internal sealed class CatalogFact(Fact fact) : RuleSetFact(fact);
