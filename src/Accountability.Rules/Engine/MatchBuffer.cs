namespace Accountability.Rules.Engine;

/// <summary>
/// The facts bound while a match is enumerated: pattern facts in element order, then for each
/// aggregate the facts it aggregated followed by a null separator. Reused across enumerations:
/// each leaves it empty, and each starts by clearing it (in case the last one ended in an exception).
/// </summary>
internal sealed class MatchBuffer
{
    private long[] _ids = new long[16];

    public KeptList<FactEntry> Entries { get; } = new();

    public KeptList<FactEntry?> Aggregated { get; } = new();

    /// <summary>Empties the buffer.</summary>
    public void Clear()
    {
        Entries.Clear();
        Aggregated.Clear();
    }

    /// <summary>The ids of the current match's key (pattern fact ids, then aggregated ids with separators, -1), valid until the next call.</summary>
    public ReadOnlySpan<long> Ids()
    {
        var length = Entries.Count + Aggregated.Count;
        if (_ids.Length < length)
        {
            _ids = new long[Math.Max(length, _ids.Length * 2)];
        }

        var ids = _ids.AsSpan(0, length);
        var i = 0;
        foreach (var entry in Entries)
        {
            ids[i++] = entry.Id;
        }

        foreach (var entry in Aggregated)
        {
            ids[i++] = entry?.Id ?? -1;
        }

        return ids;
    }
}
