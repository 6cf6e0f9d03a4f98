namespace Accountability.Rules.Evaluation;

/// <summary>What became of a case: evaluated, evaluated but (partly) outside the ruleset, evaluated but incomplete, or not evaluated.</summary>
public enum CaseStatus
{
    /// <summary>The rules were applied and nothing in the case lies outside the ruleset's scope.</summary>
    Evaluated,

    /// <summary>
    /// The rules were applied, but at least one circumstance puts the whole case under other rules
    /// (a flag without a subject); see <see cref="CaseResult.ScopeFlags"/>. The conclusions are shown but are not a decision.
    /// </summary>
    OutOfScope,

    /// <summary>The ruleset is not in force on the decision date; nothing was evaluated.</summary>
    NotInForce,

    /// <summary>
    /// The rules were applied, but a conclusion could not be drawn: it counts working days in a year
    /// the ruleset's working-day calendar has no data for. Each such conclusion is a
    /// <c>calendarGap</c> in <see cref="CaseResult.Conclusions"/> (the conclusion, the field, the
    /// calendar, the year, with the rule and its articles) and a note in <see cref="CaseResult.Notes"/>;
    /// everything else in the result is complete. Takes precedence over <see cref="OutOfScope"/>;
    /// the scope flags are still listed.
    /// </summary>
    Incomplete,

    /// <summary>
    /// The rules were applied to the case, and some of its matters are of a kind the ruleset leaves
    /// to other rules: each is flagged (<see cref="CaseResult.ScopeFlags"/>, with its
    /// <see cref="ScopeFlag.Subject"/>) and left out of every conclusion; the other matters' conclusions stand.
    /// </summary>
    EvaluatedWithExclusions,
}

/// <summary>What a <see cref="CaseStatus"/> means to a command that evaluated the case.</summary>
public static class CaseStatuses
{
    /// <summary>
    /// The exit code <c>accountability evaluate</c> gives for a result of <paramref name="status"/>:
    /// 0 when the case was decided under the ruleset (<see cref="CaseStatus.Evaluated"/>, <see cref="CaseStatus.EvaluatedWithExclusions"/>),
    /// 1 when it was not, or not fully (<see cref="CaseStatus.OutOfScope"/>, <see cref="CaseStatus.NotInForce"/>, <see cref="CaseStatus.Incomplete"/>).
    /// </summary>
    /// <param name="status">The result's status.</param>
    /// <returns>0 or 1.</returns>
    public static int ExitCode(this CaseStatus status) => status is CaseStatus.Evaluated or CaseStatus.EvaluatedWithExclusions ? 0 : 1;
}
