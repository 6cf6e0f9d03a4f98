using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// The loops of the result projection, without LINQ: facts of one subject, and facts mapped to
/// result parts through a static lambda and a state (so that no closure is allocated per case).
/// </summary>
internal static class FactProjection
{
    /// <summary>The facts whose text field at position <paramref name="field"/> equals <paramref name="subject"/>, in their order.</summary>
    public static FactList Where(FactList facts, int field, string? subject)
    {
        if (facts.IsEmpty)
        {
            return facts;
        }

        var count = 0;
        foreach (var fact in facts)
        {
            if (fact[field].AsNullableText == subject)
            {
                count++;
            }
        }

        if (count == facts.Length || count == 0)
        {
            return count == 0 ? default : facts;
        }

        var matching = new Fact[count];
        var i = 0;
        foreach (var fact in facts)
        {
            if (fact[field].AsNullableText == subject)
            {
                matching[i++] = fact;
            }
        }

        return new FactList(matching);
    }

    /// <summary>Each fact mapped, in order.</summary>
    public static ImmutableArray<T> Map<TState, T>(FactList facts, TState state, Func<TState, Fact, T> map)
    {
        if (facts.IsEmpty)
        {
            return [];
        }

        var mapped = new T[facts.Length];
        for (var i = 0; i < mapped.Length; i++)
        {
            mapped[i] = map(state, facts[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(mapped);
    }
}
