using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>A condition element resolved to a fact-type ordinal, slots and a compiled condition.</summary>
internal sealed class CompiledElement
{
    public required ElementKind Kind { get; init; }

    /// <summary>The fact type ordinal the element reads.</summary>
    public required int TypeOrdinal { get; init; }

    /// <summary>The slot the candidate fact is bound to while the condition runs.</summary>
    public required int FactSlot { get; init; }

    /// <summary>For an aggregate, the slot its computed value is bound to; otherwise -1.</summary>
    public int ValueSlot { get; init; } = -1;

    /// <summary>The condition, or null when any fact of the type matches.</summary>
    public Condition? Condition { get; init; }

    /// <summary>The condition's conjuncts, each with the slots it reads (empty when there is no condition).</summary>
    public ImmutableArray<ConditionPart> Parts { get; init; } = [];

    /// <summary>
    /// The conjuncts of the condition that read only the element's own fact, as a test of a fact alone; null
    /// when no conjunct does (or there is no condition). A fact that fails it takes part in none of the
    /// element's matches: it is neither matched, nor negated, nor aggregated.
    /// </summary>
    public Condition? Filter { get; init; }

    /// <summary>
    /// For a pattern, the texts one of its fields must hold for a fact to match it, read from the condition's
    /// conjuncts (<see cref="ConditionConstraints.Key"/>); null when it has none, and for other elements.
    /// </summary>
    public PatternKey? Key { get; init; }

    /// <summary>
    /// For an element whose condition equates a field of its own fact with a field of a fact bound before it (a conjunct
    /// <c>own.f == other.g</c>): that field of its own and where the other is read. A fact whose field holds another value
    /// fails the condition, so the matcher tries only the facts of the type holding the bound value when the type holds
    /// many (<see cref="WorkingMemory.Holding"/>). Null when no conjunct is such an equality.
    /// </summary>
    public JoinKey? Join { get; init; }

    public AggregateFunction Function { get; init; }

    /// <summary>For a sum, the index of the summed field; otherwise -1.</summary>
    public int FieldIndex { get; init; } = -1;
}

/// <summary>A field of an element's fact that must equal a field of a fact bound before it (see <see cref="CompiledElement.Join"/>).</summary>
/// <param name="FieldIndex">The index of the element's own field.</param>
/// <param name="Bound">Where the value it must equal is read: the slot of the fact bound before, and that fact's field.</param>
internal sealed record JoinKey(int FieldIndex, FieldRead Bound);

/// <summary>The texts a pattern's fact must hold one of in a field (see <see cref="CompiledElement.Key"/>).</summary>
/// <param name="FieldIndex">The index of the text field.</param>
/// <param name="Texts">The texts allowed (distinct, none absent).</param>
/// <remarks>The texts are the runtime's interned strings, as a case's texts most often are, so that a text allowed is found by reference.</remarks>
internal sealed record PatternKey(int FieldIndex, ImmutableArray<string> Texts)
{
    /// <summary>The most texts of a key looked through before a candidate's condition runs (<see cref="IsShort"/>).</summary>
    public const int ShortKey = 4;

    /// <summary>
    /// Whether the key allows few texts (at most <see cref="ShortKey"/>): the matcher tries such a key on a candidate before
    /// its condition (<see cref="Excludes"/>), and leaves a longer one to the condition's own test of membership.
    /// </summary>
    public bool IsShort { get; } = Texts.Length <= ShortKey;

    /// <summary>Whether a fact's key field holds none of the texts, so that it fails the pattern's condition.</summary>
    public bool Excludes(Facts.Fact fact)
    {
        if (fact[FieldIndex].Text is not { } text)
        {
            return true;
        }

        foreach (var allowed in Texts)
        {
            if (string.Equals(allowed, text, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
