namespace Accountability.Rules.Data.Loading;

/// <summary>Finds the closest valid name to a misspelt one, by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="written"/>, when it is close enough to be a likely typo.</summary>
    public static string? Closest(string written, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(written.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A typo changes at most a third of a word, and less than half of a short one (二字 codes).
        var allowed = Math.Max(1, written.Length / 3);
        return bestDistance <= allowed && bestDistance * 2 < written.Length ? best : null;
    }

    /// <summary>A hint that lists the valid names and, when one is close, suggests it first.</summary>
    public static string Hint(string written, IReadOnlyCollection<string> candidates, string listName)
    {
        var list = candidates.Count == 0 ? "none are declared" : string.Join(", ", candidates);
        return Closest(written, candidates) is { } closest
            ? $"did you mean '{closest}'? {listName}: {list}"
            : $"{listName}: {list}";
    }

    /// <summary>The Levenshtein distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
