namespace Accountability.Rules.Evaluation;

/// <summary>
/// Which salary-deduction standard governs when several procedures deduct for one event
/// (national 五(二)4, Yibin Art. 29: not added up; the highest single standard applies, pay by pay).
/// </summary>
/// <param name="Source">The procedure whose standard was compared: <c>party-discipline</c>, <c>government-sanction</c> or <c>accountability</c>.</param>
/// <param name="Pay">The pay compared, each against its own accountability range: <c>performance-salary</c> or <c>term-incentive</c>.</param>
/// <param name="Percent">Its deduction, when a single figure.</param>
/// <param name="Note">The comparison's outcome.</param>
/// <param name="Provenance">The rule that compared them.</param>
public sealed record DeductionStandard(string Source, string Pay, decimal? Percent, string Note, Provenance Provenance);
