namespace Accountability.Rules.Evaluation;

/// <summary>What became of a case: evaluated, evaluated but (partly) outside the ruleset, or not evaluated.</summary>
public enum CaseStatus
{
    /// <summary>The rules were applied and nothing in the case lies outside the ruleset's scope.</summary>
    Evaluated,

    /// <summary>
    /// The rules were applied, but at least one circumstance puts the matter (or part of it) under
    /// other rules; see <see cref="CaseResult.ScopeFlags"/>. The conclusions are shown but are not a decision.
    /// </summary>
    OutOfScope,

    /// <summary>The ruleset is not in force on the decision date; nothing was evaluated.</summary>
    NotInForce,
}
