
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

        var byType = string.CompareOrdinal(x.Schema.Name, y.Schema.Name);
        if (byType != 0)
        {
            return byType;
        }

        for (var i = 0; i < x.Values.Length; i++)
        {
            var order = CompareValues(x[i], y[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private static int CompareValues(Value x, Value y)
    {
        if (x.IsNull || y.IsNull)
        {
            return x.IsNull.CompareTo(y.IsNull) * -1;
        }

        return x.Kind is ValueKind.Number or ValueKind.Date or ValueKind.Text or ValueKind.Boolean && x.Kind == y.Kind
            ? x.CompareTo(y)
            : string.CompareOrdinal(x.ToString(), y.ToString());
    }
}
