
namespace Accountability.Rules.Facts;

/// <summary>
/// A canonical order of facts of one type: field by field in the type's field order, an absent
/// value first, numbers, dates, texts (ordinal) and booleans by value, periods and text lists by
/// their text. Results list conclusions in this order, so that they do not depend on the order in
/// which an engine happened to derive equal-ranking facts, nor on the order a case lists its facts.
/// </summary>
internal sealed class FactValueOrder : IComparer<Fact>
{
    public static FactValueOrder Instance { get; } = new();

    public int Compare(Fact? x, Fact? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        if (x.Schema != y.Schema)
        {
            var byType = string.CompareOrdinal(x.Schema.Name, y.Schema.Name);
            if (byType != 0)
            {
                return byType;
            }
        }

        var values = x.Values;
        var otherValues = y.Values;
        for (var i = 0; i < values.Length; i++)
        {
            var order = values[i].CompareCanonically(otherValues[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
