using System.Numerics;

namespace Accountability.Rules.Engine;

/// <summary>
/// A set of positions 0 to <c>capacity - 1</c> as a bitset, read in ascending order: the agenda's
/// rules (by priority position) that may have work or a pending activation.
/// </summary>
internal sealed class PositionSet(int capacity)
{
    private readonly ulong[] _words = Words(capacity);

    /// <summary>An empty set of positions 0 to <c>capacity - 1</c> as words in this layout.</summary>
    public static ulong[] Words(int capacity) => new ulong[(capacity + 63) / 64];

    /// <summary>Adds a position to a set of words in this layout.</summary>
    public static void Add(ulong[] words, int position) => words[position >> 6] |= 1UL << position;

    public void Add(int position) => Add(_words, position);

    public void Remove(int position) => _words[position >> 6] &= ~(1UL << position);

    /// <summary>Makes the set the positions of <paramref name="words"/>, a set of the same capacity in the same layout.</summary>
    public void CopyFrom(ulong[] words) => words.AsSpan().CopyTo(_words);

    /// <summary>Adds the positions of <paramref name="words"/>, a set of the same capacity in the same layout.</summary>
    public void AddAll(ulong[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            _words[i] |= words[i];
        }
    }

    /// <summary>Adds the positions of <paramref name="words"/> (a set of the same capacity in the same layout) that <paramref name="among"/> holds.</summary>
    public void AddAll(ulong[] words, PositionSet among)
    {
        var mask = among._words;
        for (var i = 0; i < words.Length; i++)
        {
            _words[i] |= words[i] & mask[i];
        }
    }

    /// <summary>Whether the set holds a position.</summary>
    public bool Contains(int position) => (_words[position >> 6] & (1UL << position)) != 0;

    /// <summary>The smallest position in the set from <paramref name="from"/> on, or -1.</summary>
    public int Next(int from)
    {
        var word = from >> 6;
        if (word >= _words.Length)
        {
            return -1;
        }

        var bits = _words[word] & (ulong.MaxValue << from);
        while (bits == 0)
        {
            if (++word == _words.Length)
            {
                return -1;
            }

            bits = _words[word];
        }

        return (word << 6) + BitOperations.TrailingZeroCount(bits);
    }
}
