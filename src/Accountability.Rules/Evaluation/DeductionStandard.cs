namespace Accountability.Rules.Evaluation;

/// <summary>
/// Which salary-deduction standard governs when several procedures deduct for one event
/// (Yibin Art. 29: not added up; the highest single standard applies).
/// </summary>
/// <param name="Source">The procedure whose standard was compared: <c>party-discipline</c>, <c>government-sanction</c> or <c>accountability</c>.</param>
/// <param name="Percent">Its deduction, when a single figure.</param>
/// <param name="Note">The comparison's outcome.</param>
/// <param name="Provenance">The rule that compared them.</param>
public sealed record DeductionStandard(string Source, decimal? Percent, string Note, Provenance Provenance);
