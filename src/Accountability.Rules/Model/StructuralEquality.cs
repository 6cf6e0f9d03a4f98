using System.Collections.Immutable;

namespace Accountability.Rules.Model;

/// <summary>
/// Item-by-item equality and hashing of the immutable collections in the library's public records.
/// A compiler-generated record equality compares an <see cref="ImmutableArray{T}"/> by the
/// reference of its underlying array, so records that hold one override <c>Equals</c> and
/// <c>GetHashCode</c> through these. Items compare by their own equality (a record structurally, a
/// <see cref="Facts.Fact"/> by reference); a default array equals an empty one.
/// </summary>
internal static class StructuralEquality
{
    /// <summary>Whether two arrays hold equal items in the same order.</summary>
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.AsSpan().SequenceEqual(right.AsSpan(), EqualityComparer<T>.Default);

    /// <summary>A hash of the items, in order, consistent with <see cref="Equal{T}(ImmutableArray{T}, ImmutableArray{T})"/>.</summary>
    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items.AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether two sorted dictionaries of arrays hold equal keys with equal arrays, in the same order.</summary>
    public static bool Equal<TKey, TItem>(ImmutableSortedDictionary<TKey, ImmutableArray<TItem>>? left, ImmutableSortedDictionary<TKey, ImmutableArray<TItem>>? right)
        where TKey : notnull
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        using var others = right.GetEnumerator();
        foreach (var (key, items) in left)
        {
            others.MoveNext();
            if (!EqualityComparer<TKey>.Default.Equals(key, others.Current.Key) || !Equal(items, others.Current.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the keys and items, in order, consistent with the dictionaries' <c>Equal</c>.</summary>
    public static int Hash<TKey, TItem>(ImmutableSortedDictionary<TKey, ImmutableArray<TItem>>? dictionary)
        where TKey : notnull
    {
        var hash = new HashCode();
        foreach (var (key, items) in dictionary ?? ImmutableSortedDictionary<TKey, ImmutableArray<TItem>>.Empty)
        {
            hash.Add(key);
            hash.Add(Hash(items));
        }

        return hash.ToHashCode();
    }
}
