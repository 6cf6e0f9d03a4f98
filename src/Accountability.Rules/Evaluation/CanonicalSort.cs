using Accountability.Rules.Facts;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// Puts facts in canonical order (<see cref="FactValueOrder"/>), in place and stably (facts of equal
/// values keep their order), with its room kept from one sort to the next: a few facts by insertion,
/// more by a natural merge sort, which finds the runs already in order (a session gives a type's facts
/// in a few, such as the lines of each document in line order) and merges them pairwise, back and
/// forth between the facts and its room, until one is left: about as many comparisons as facts for two
/// runs, never more than a merge sort makes. Part of a <see cref="SessionFacts"/>; not thread-safe.
/// </summary>
internal sealed class CanonicalSort
{
    /// <summary>Up to this many facts are put in order by insertion.</summary>
    private const int InsertionSortLimit = 16;

    /// <summary>The room runs are merged into (empty between sorts).</summary>
    private Fact[] _merged = [];

    /// <summary>Where the runs in order end (empty between sorts).</summary>
    private readonly List<int> _runEnds = [];

    /// <summary>Puts <paramref name="facts"/> in canonical order, in place, stably.</summary>
    public void Order(Span<Fact> facts)
    {
        if (facts.Length > InsertionSortLimit)
        {
            Merge(facts);
        }
        else if (facts.Length > 1 && !InOrder(facts))
        {
            Insert(facts);
        }
    }

    /// <summary>Lets go of the room when it grew larger than <paramref name="kept"/> facts (after a very large case).</summary>
    public void Release(int kept)
    {
        if (_merged.Length > kept)
        {
            _merged = [];
        }
    }

    private static int Compare(Fact x, Fact y) => FactValueOrder.Instance.Compare(x, y);

    /// <summary>Whether the facts are in canonical order already (as a session often gives them).</summary>
    private static bool InOrder(ReadOnlySpan<Fact> facts)
    {
        for (var i = 1; i < facts.Length; i++)
        {
            if (Compare(facts[i - 1], facts[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An insertion sort: no room needed.</summary>
    private static void Insert(Span<Fact> facts)
    {
        for (var i = 1; i < facts.Length; i++)
        {
            var fact = facts[i];
            var j = i - 1;
            while (j >= 0 && Compare(facts[j], fact) > 0)
            {
                facts[j + 1] = facts[j];
                j--;
            }

            facts[j + 1] = fact;
        }
    }

    /// <summary>The natural merge sort: the runs in order are found, then merged pairwise until one is left.</summary>
    private void Merge(Span<Fact> facts)
    {
        var ends = _runEnds;
        for (var i = 1; i < facts.Length; i++)
        {
            if (Compare(facts[i - 1], facts[i]) > 0)
            {
                ends.Add(i);
            }
        }

        ends.Add(facts.Length);
        if (ends.Count == 1)
        {
            ends.Clear();
            return;
        }

        if (_merged.Length < facts.Length)
        {
            _merged = new Fact[Math.Max(facts.Length, _merged.Length * 2)];
        }

        Span<Fact> source = facts;
        Span<Fact> target = _merged.AsSpan(0, facts.Length);
        var inFacts = true;
        while (ends.Count > 1)
        {
            var start = 0;
            var kept = 0;
            for (var run = 0; run < ends.Count; run += 2)
            {
                var middle = ends[run];
                var end = run + 1 < ends.Count ? ends[run + 1] : middle;
                MergeRuns(source[start..middle], source[middle..end], target[start..end]);
                ends[kept++] = end;
                start = end;
            }

            ends.RemoveRange(kept, ends.Count - kept);
            var merged = target;
            target = source;
            source = merged;
            inFacts = !inFacts;
        }

        if (!inFacts)
        {
            source.CopyTo(facts);
        }

        ends.Clear();
        _merged.AsSpan(0, facts.Length).Clear();
    }

    /// <summary>Merges two runs in canonical order into <paramref name="into"/>; of equal facts, those of <paramref name="left"/> first.</summary>
    private static void MergeRuns(ReadOnlySpan<Fact> left, ReadOnlySpan<Fact> right, Span<Fact> into)
    {
        var i = 0;
        var j = 0;
        var k = 0;
        while (i < left.Length && j < right.Length)
        {
            into[k++] = Compare(right[j], left[i]) < 0 ? right[j++] : left[i++];
        }

        left[i..].CopyTo(into[k..]);
        right[j..].CopyTo(into[(k + left.Length - i)..]);
    }
}
