namespace Accountability.Rules.Engine;

/// <summary>
/// Identifies a match of a rule: the ids of the facts bound to its patterns and, for aggregates,
/// of the facts aggregated. Refraction: a rule fires once per key. A match found again is looked up
/// by its ids alone (<see cref="MatchKeyComparer"/>), so that only a new match makes a key. The hash is
/// worked out when asked for: most keys are never indexed (<see cref="RuleState"/>), and a dictionary
/// keeps the hash of each key it holds.
/// </summary>
internal readonly struct MatchKey(long[] ids) : IEquatable<MatchKey>
{
    private readonly long[] _ids = ids;

    /// <summary>The hash of a key of these ids.</summary>
    public static int Hash(ReadOnlySpan<long> ids)
    {
        var hash = new HashCode();
        foreach (var id in ids)
        {
            hash.Add(id);
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares the first <paramref name="length"/> ids of two keys, one after the other.</summary>
    public int ComparePrefix(MatchKey other, int length) => _ids.AsSpan(0, length).SequenceCompareTo(other._ids.AsSpan(0, length));

    /// <summary>Whether this is the key of these ids.</summary>
    public bool Is(ReadOnlySpan<long> ids) => _ids.AsSpan().SequenceEqual(ids);

    public bool Equals(MatchKey other) => _ids.AsSpan().SequenceEqual(other._ids);

    public override bool Equals(object? obj) => obj is MatchKey other && Equals(other);

    public override int GetHashCode() => Hash(_ids);
}

/// <summary>Equality of match keys, and of a key with the ids of a match (to look a match up without making its key).</summary>
internal sealed class MatchKeyComparer : IEqualityComparer<MatchKey>, IAlternateEqualityComparer<ReadOnlySpan<long>, MatchKey>
{
    public static MatchKeyComparer Instance { get; } = new();

    public bool Equals(MatchKey x, MatchKey y) => x.Equals(y);

    public int GetHashCode(MatchKey obj) => obj.GetHashCode();

    public bool Equals(ReadOnlySpan<long> alternate, MatchKey other) => other.Is(alternate);

    public int GetHashCode(ReadOnlySpan<long> alternate) => MatchKey.Hash(alternate);

    public MatchKey Create(ReadOnlySpan<long> alternate) => new(alternate.ToArray());
}
