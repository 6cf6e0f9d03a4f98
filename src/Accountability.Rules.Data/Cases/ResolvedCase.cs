using Accountability.Rules.Engine;
using NodaTime;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// A case ready to evaluate: the case as loaded, the compiled ruleset it is evaluated under (the
/// version in force on the decision date, or the version nearest to it when none is in force), and
/// the decision date used. Immutable.
/// </summary>
/// <param name="Case">The case file.</param>
/// <param name="RuleSet">The compiled (effective) ruleset.</param>
/// <param name="DecidedOn">The decision date the case is evaluated as of: the case's own, or the one given instead.</param>
/// <param name="NotInForce">
/// When no version of the ruleset is in force on <paramref name="DecidedOn"/>, the answer saying so
/// with the versions and their periods; <c>null</c> otherwise.
/// </param>
public sealed record ResolvedCase(CaseFile Case, CompiledRuleSet RuleSet, LocalDate DecidedOn, string? NotInForce);
