using System.Collections.Immutable;

namespace Accountability.Rules.Engine;

/// <summary>
/// Counts the firings of one call of <see cref="ISession.Fire"/> against
/// <see cref="SessionOptions.MaxFirings"/>, remembering the last hundred rules so that a cycle is
/// reported with the rules that form it. Both engines count through it. Only the hundred firings
/// before the limit can be reported, so rules are remembered from there on: a call that stays far
/// below the limit remembers nothing and allocates nothing.
/// </summary>
internal sealed class FiringLimit(int maxFirings)
{
    private const int Remembered = 100;
    private Queue<string>? _recent;
    private int _maxFirings = maxFirings;

    /// <summary>The firings counted since the last <see cref="Reset"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Starts another session (a session reused for another case) with its limit.</summary>
    public void Restart(int maxFirings)
    {
        _maxFirings = maxFirings;
        Reset();
    }

    /// <summary>Starts a new call of <c>Fire</c>.</summary>
    public void Reset()
    {
        Count = 0;
        _recent?.Clear();
    }

    /// <summary>
    /// Counts a firing of <paramref name="ruleId"/> about to happen.
    /// </summary>
    /// <exception cref="RuleCycleException">The limit has been reached.</exception>
    public void Add(string ruleId)
    {
        if (Count == _maxFirings)
        {
            throw new RuleCycleException(_maxFirings, MostFrequent());
        }

        if (Count >= (long)_maxFirings - Remembered)
        {
            var recent = _recent ??= new Queue<string>();
            recent.Enqueue(ruleId);
            if (recent.Count > Remembered)
            {
                recent.Dequeue();
            }
        }

        Count++;
    }

    private ImmutableArray<string> MostFrequent() =>
        _recent is null
            ? []
            : [.. _recent.GroupBy(id => id, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)];
}
