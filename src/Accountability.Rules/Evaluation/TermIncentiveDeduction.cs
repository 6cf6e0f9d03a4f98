namespace Accountability.Rules.Evaluation;

/// <summary>
/// The range of the deduction of the term incentive (任期激励) of the three years up to and
/// including the determination year, in percent, both ends included.
/// </summary>
/// <param name="MinPercent">The lowest deduction; 0 when the text sets only a maximum.</param>
/// <param name="MaxPercent">The highest deduction; 100 when the text sets only a minimum.</param>
/// <param name="SalaryDeferred">Whether payment of the performance salary is deferred (延期支付).</param>
/// <param name="Source">The sanction rule.</param>
public sealed record TermIncentiveDeduction(decimal MinPercent, decimal MaxPercent, bool SalaryDeferred, Provenance Source);
