using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// Facts the result projection reads: a run of an array that is not written again once the run is
/// read (<see cref="SessionFacts"/> reads every type of a case into one array). Internal to an
/// evaluation: no result holds one. The default is empty.
/// </summary>
internal readonly struct FactList
{
    private readonly Fact[]? _array;
    private readonly int _start;

    public FactList(Fact[] array, int start, int length)
    {
        _array = array;
        _start = start;
        Length = length;
    }

    /// <summary>The facts of a whole array.</summary>
    public FactList(Fact[] array)
        : this(array, 0, array.Length)
    {
    }

    /// <summary>The facts of an immutable array, read where they are.</summary>
    public FactList(ImmutableArray<Fact> facts)
        : this(ImmutableCollectionsMarshal.AsArray(facts) ?? [])
    {
    }

    public int Length { get; }

    public bool IsEmpty => Length == 0;

    /// <summary>Whether this is the default list (no array: nothing read yet).</summary>
    public bool IsDefault => _array is null;

    public Fact this[int index] => AsSpan()[index];

    public ReadOnlySpan<Fact> AsSpan() => _array is null ? default : new(_array, _start, Length);

    public ReadOnlySpan<Fact> AsSpan(int start, int length) => AsSpan().Slice(start, length);

    public ReadOnlySpan<Fact>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();
}
