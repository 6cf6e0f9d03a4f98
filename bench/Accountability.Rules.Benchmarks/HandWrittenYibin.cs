using NodaTime;

namespace Accountability.Rules.Benchmarks;

/// <summary>
/// The baseline: the same case classified by straight C# (loss sum, Art. 19 tier, Art. 23/25/26
/// responsibilities, the Art. 28 salary row, the Art. 30 last day), written for speed, without
/// explanations. The engine is measured against this.
/// </summary>
internal static class HandWrittenYibin
{
    public readonly record struct Result(int Tier, decimal Total, decimal SalaryMin1, decimal SalaryMin2, decimal SalaryMin3, LocalDate LastDay);

    public static Result Evaluate(decimal assets, ReadOnlySpan<(decimal Amount, int Kind, bool Assessed)> losses, LocalDate decision)
    {
        var total = 0m;
        foreach (var (amount, kind, assessed) in losses)
        {
            if (kind != 2 || assessed)
            {
                total += amount;
            }
        }

        var ratio = assets == 0m ? -1m : total * 100m / assets;
        var tier = total >= 10_000_000m || ratio >= 3m ? 3 : total >= 1_000_000m || ratio >= 1m ? 2 : 1;
        var leadership = tier switch { 3 => 70m, 2 => 30m, _ => 0m };
        var supervisory = tier switch { 3 => 100m, 2 => 50m, _ => 0m };
        var direct = supervisory;
        return new Result(tier, total, leadership, supervisory, direct, decision.PlusMonths(6));
    }
}
