using System.Text;

namespace Accountability.Rules.Tests.TestAssets.Equivalence;

/// <summary>
/// Compares what two engines made of one case: the same exception type when one throws; otherwise
/// the same CLI JSON (its explanation order-free, see <see cref="ResultJson"/>) and the same
/// multiset of firings (rule and matched facts; the order of firings of equal rank may differ).
/// </summary>
internal static class EngineComparison
{
    /// <summary>How the outcomes differ, for a failure message; <c>null</c> when they agree.</summary>
    public static string? Difference(EngineOutcome first, EngineOutcome second)
    {
        if (first.ExceptionType is not null || second.ExceptionType is not null)
        {
            return first.ExceptionType == second.ExceptionType
                ? null
                : $"Exceptions differ:{Environment.NewLine}  {first.Engine}: {first.Exception ?? "no exception"}{Environment.NewLine}  {second.Engine}: {second.Exception ?? "no exception"}{Environment.NewLine}";
        }

        var text = new StringBuilder();
        if (first.Json != second.Json)
        {
            var a = ResultJson.OrderFree(first.Json!);
            var b = ResultJson.OrderFree(second.Json!);
            if (a != b)
            {
                text.Append($"JSON differs (- {first.Engine}, + {second.Engine}; explanation sorted, without sequence numbers):").Append(Environment.NewLine)
                    .Append(LineDiff.Describe(a, b));
            }
        }

        if (!first.Firings.SequenceEqual(second.Firings, StringComparer.Ordinal))
        {
            var onlyFirst = Except(first.Firings, second.Firings);
            var onlySecond = Except(second.Firings, first.Firings);
            if (onlyFirst.Count + onlySecond.Count > 0)
            {
                text.Append("Firings differ (rule <= matched facts, as multisets):").Append(Environment.NewLine);
                foreach (var firing in onlyFirst.Take(20))
                {
                    text.Append($"  only {first.Engine}: {firing}").Append(Environment.NewLine);
                }

                foreach (var firing in onlySecond.Take(20))
                {
                    text.Append($"  only {second.Engine}: {firing}").Append(Environment.NewLine);
                }
            }
        }

        return text.Length == 0 ? null : text.ToString();
    }

    /// <summary>The multiset difference <paramref name="items"/> − <paramref name="others"/>.</summary>
    private static List<string> Except(IEnumerable<string> items, IEnumerable<string> others)
    {
        var counts = others.GroupBy(o => o, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rest = new List<string>();
        foreach (var item in items)
        {
            if (counts.TryGetValue(item, out var count) && count > 0)
            {
                counts[item] = count - 1;
            }
            else
            {
                rest.Add(item);
            }
        }

        return rest;
    }
}
