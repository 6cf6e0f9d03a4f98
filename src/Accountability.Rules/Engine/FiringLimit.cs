using System.Collections.Immutable;

namespace Accountability.Rules.Engine;

/// <summary>
/// Counts the firings of one call of <see cref="ISession.Fire"/> against
/// <see cref="SessionOptions.MaxFirings"/>, remembering the last hundred rules so that a cycle is
/// reported with the rules that form it. Both engines count through it.
/// </summary>
internal sealed class FiringLimit(int maxFirings)
{
    private const int Remembered = 100;
    private readonly Queue<string> _recent = new();

    /// <summary>The firings counted since the last <see cref="Reset"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Starts a new call of <c>Fire</c>.</summary>
    public void Reset()
    {
        Count = 0;
        _recent.Clear();
    }

    /// <summary>
    /// Counts a firing of <paramref name="ruleId"/> about to happen.
    /// </summary>
    /// <exception cref="RuleCycleException">The limit has been reached.</exception>
    public void Add(string ruleId)
    {
        if (Count == maxFirings)
        {
            throw new RuleCycleException(maxFirings, MostFrequent());
        }

        Count++;
        _recent.Enqueue(ruleId);
        if (_recent.Count > Remembered)
        {
            _recent.Dequeue();
        }
    }

    private ImmutableArray<string> MostFrequent() =>
        [.. _recent.GroupBy(id => id, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)];
}
