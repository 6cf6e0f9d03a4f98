namespace Accountability.Rules.Evaluation;

/// <summary>
/// The range of the deduction of the performance salary of the determination year (扣减绩效年薪),
/// in percent. The minimum is included; the maximum is included unless <see cref="MaxExclusive"/>.
/// </summary>
/// <param name="MinPercent">The lowest deduction; 0 when the text sets only a maximum (以下).</param>
/// <param name="MaxPercent">The highest deduction; 100 when the text sets only a minimum.</param>
/// <param name="MaxExclusive">Whether the maximum itself is excluded (e.g. 50%以下 read as below 50%).</param>
/// <param name="Source">The sanction rule.</param>
public sealed record PerformanceSalaryDeduction(decimal MinPercent, decimal MaxPercent, bool MaxExclusive, Provenance Source);
