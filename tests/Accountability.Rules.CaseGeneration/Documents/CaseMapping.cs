namespace Accountability.Rules.CaseGeneration.Documents;

/// <summary>A mapping of a case document, its keys in writing order. Mutable while it is built.</summary>
internal sealed class CaseMapping : CaseNode
{
    private readonly List<KeyValuePair<string, CaseNode>> _entries = [];

    /// <summary>Whether YAML writes it in flow style (<c>{ id: L1, amount: 5 }</c>) rather than as a block.</summary>
    public bool Flow { get; init; }

    public IReadOnlyList<KeyValuePair<string, CaseNode>> Entries => _entries;

    /// <summary>Adds a key; a <c>null</c> value leaves the key out.</summary>
    public CaseMapping Add(string key, CaseNode? value)
    {
        if (value is not null)
        {
            _entries.Add(new(key, value));
        }

        return this;
    }

    /// <summary>Reorders the entries (a case file's keys may come in any order).</summary>
    public void Reorder(Func<IReadOnlyList<KeyValuePair<string, CaseNode>>, IEnumerable<KeyValuePair<string, CaseNode>>> order)
    {
        var reordered = order(_entries).ToList();
        _entries.Clear();
        _entries.AddRange(reordered);
    }
}
