using System.Runtime.InteropServices;

namespace Accountability.Rules.Engine;

/// <summary>
/// A list of objects a session keeps alive anyway (fact entries and activations, kept case after case) or of
/// nulls: emptying it only forgets its items, leaving their slots to be written over, since clearing them would free
/// nothing (what <see cref="List{T}.Clear"/> spends clearing them, every time a rule fires or a case ends).
/// Not thread-safe.
/// </summary>
/// <typeparam name="T">The items: fact entries or activations.</typeparam>
internal sealed class KeptList<T>
    where T : class?
{
    private T[] _items = [];

    /// <summary>The number of items.</summary>
    public int Count { get; private set; }

    /// <summary>The item at <paramref name="index"/> (less than <see cref="Count"/>).</summary>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return _items[index];
        }
    }

    /// <summary>The items, in order, valid until the list changes.</summary>
    /// <remarks>
    /// Made over the array's data, as <see cref="CollectionsMarshal.AsSpan{T}(List{T})"/> does: the array is always a
    /// <c>T[]</c> made here, so the check that a span over an array of a reference type makes (that the array is not of a
    /// derived type, a lookup of <c>T</c> in code shared by every reference type) is not needed.
    /// </remarks>
    public Span<T> AsSpan() => MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(_items), Count);

    /// <summary>Enumerates the items, in order; the list must not change meanwhile.</summary>
    public Span<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    /// <summary>Adds an item at the end.</summary>
    public void Add(T item)
    {
        var count = Count;
        if (count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(4, count * 2));
        }

        _items[count] = item;
        Count = count + 1;
    }

    /// <summary>Forgets every item (their slots are written over by the items added next).</summary>
    public void Clear() => Count = 0;

    /// <summary>Forgets the items from <paramref name="index"/> on.</summary>
    public void Truncate(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)index, (uint)Count, nameof(index));
        Count = index;
    }

    /// <summary>Removes the item at <paramref name="index"/>; the items after it move up.</summary>
    public void RemoveAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        Count--;
        if (index < Count)
        {
            Array.Copy(_items, index + 1, _items, index, Count - index);
        }
    }

    /// <summary>Removes the first occurrence of the item (by reference); false when it is not listed.</summary>
    public bool Remove(T item)
    {
        var index = IndexOf(item, 0);
        if (index < 0)
        {
            return false;
        }

        RemoveAt(index);
        return true;
    }

    /// <summary>The index of the first occurrence of the item (by reference) from <paramref name="start"/> on; -1 for none.</summary>
    public int IndexOf(T item, int start)
    {
        var items = _items;
        for (var i = start; i < Count; i++)
        {
            if (ReferenceEquals(items[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Sorts <paramref name="count"/> items from <paramref name="index"/> on.</summary>
    public void Sort(int index, int count, IComparer<T> comparer)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)index + (uint)count, (uint)Count, nameof(count));
        Array.Sort(_items, index, count, comparer);
    }
}
