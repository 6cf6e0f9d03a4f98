namespace Accountability.Rules.Engine;

/// <summary>
/// Identifies a match of a rule: the ids of the facts bound to its patterns and, for aggregates,
/// of the facts aggregated. Refraction: a rule fires once per key.
/// </summary>
internal readonly struct MatchKey : IEquatable<MatchKey>
{
    private readonly long[] _ids;
    private readonly int _hash;

    public MatchKey(long[] ids)
    {
        _ids = ids;
        var hash = new HashCode();
        foreach (var id in ids)
        {
            hash.Add(id);
        }

        _hash = hash.ToHashCode();
    }

    public bool Equals(MatchKey other) => _hash == other._hash && _ids.AsSpan().SequenceEqual(other._ids);

    public override bool Equals(object? obj) => obj is MatchKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
