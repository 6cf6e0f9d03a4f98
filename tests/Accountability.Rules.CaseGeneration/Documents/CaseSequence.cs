namespace Accountability.Rules.CaseGeneration.Documents;

/// <summary>A sequence of a case document. Mutable while it is built.</summary>
internal sealed class CaseSequence : CaseNode
{
    private readonly List<CaseNode> _items = [];

    public CaseSequence()
    {
    }

    public CaseSequence(IEnumerable<CaseNode> items)
    {
        _items.AddRange(items);
    }

    public IReadOnlyList<CaseNode> Items => _items;

    public CaseSequence Add(CaseNode item)
    {
        _items.Add(item);
        return this;
    }
}
