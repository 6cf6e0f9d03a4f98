namespace Accountability.Rules.Engine;

/// <summary>
/// The facts bound while a match is enumerated: pattern facts in element order, then for each
/// aggregate the facts it aggregated followed by a null separator. Reused across enumerations:
/// each leaves it empty, and each starts by clearing it (in case the last one ended in an exception).
/// </summary>
internal sealed class MatchBuffer
{
    public List<FactEntry> Entries { get; } = [];

    public List<FactEntry?> Aggregated { get; } = [];

    /// <summary>Empties the buffer.</summary>
    public void Clear()
    {
        Entries.Clear();
        Aggregated.Clear();
    }

    /// <summary>The key of the current match: pattern fact ids, then aggregated ids with separators (-1).</summary>
    public MatchKey Key()
    {
        var ids = new long[Entries.Count + Aggregated.Count];
        var i = 0;
        foreach (var entry in Entries)
        {
            ids[i++] = entry.Id;
        }

        foreach (var entry in Aggregated)
        {
            ids[i++] = entry?.Id ?? -1;
        }

        return new MatchKey(ids);
    }
}
