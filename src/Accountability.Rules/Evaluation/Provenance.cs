using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>Where a conclusion comes from: the rules that derived it, their articles and the policies they apply.</summary>
/// <param name="RuleIds">The ids of the rules whose firings support the conclusion, in firing order, distinct.</param>
/// <param name="Citations">The articles those rules cite, distinct, in document then article order.</param>
/// <param name="PolicyIds">The policies those rules apply, distinct, in firing order; empty when the text alone supports it.</param>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record Provenance(ImmutableArray<string> RuleIds, ImmutableArray<Citation> Citations, ImmutableArray<string> PolicyIds)
{
    /// <summary>
    /// A copy by <c>with</c>, which does not take <see cref="_json"/> along: the copy's members may differ.
    /// </summary>
    private Provenance(Provenance original)
    {
        RuleIds = original.RuleIds;
        Citations = original.Citations;
        PolicyIds = original.PolicyIds;
    }

    /// <summary>The compact JSON of this provenance once written (<see cref="Encoded"/>).</summary>
    private Json.SourceJson? _json;

    /// <summary>No rule: for a conclusion nothing derived.</summary>
    public static Provenance None { get; } = new([], [], []);

    /// <summary>Whether any rule applies a policy.</summary>
    public bool RestsOnPolicy => !PolicyIds.IsDefaultOrEmpty;

    /// <summary>
    /// The compact JSON of the three arrays, as <paramref name="encode"/> gives it on the first call, kept with
    /// this provenance: the projection shares one instance per rule and per merged set of rules, so each is
    /// encoded once (<see cref="Json.CaseResultJsonWriter"/>, which takes such bytes only where they are the bytes it writes).
    /// </summary>
    internal Json.SourceJson Encoded(Func<Provenance, Json.SourceJson> encode) =>
        Volatile.Read(ref _json) ?? (_json = encode(this)); // Two threads may encode it at once: equal bytes, either kept.

    /// <inheritdoc />
    public bool Equals(Provenance? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && StructuralEquality.Equal(RuleIds, other.RuleIds)
            && StructuralEquality.Equal(Citations, other.Citations)
            && StructuralEquality.Equal(PolicyIds, other.PolicyIds));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StructuralEquality.Hash(RuleIds), StructuralEquality.Hash(Citations), StructuralEquality.Hash(PolicyIds));
}
