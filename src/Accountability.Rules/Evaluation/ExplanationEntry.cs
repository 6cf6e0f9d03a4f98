using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>One firing of a rule, in the order the session made them: what it matched and what it concluded.</summary>
/// <param name="Sequence">1 for the first firing.</param>
/// <param name="RuleId">The rule id, e.g. <c>lossTiers/larger/amount</c>.</param>
/// <param name="Title">The rule's one-line description.</param>
/// <param name="Citation">The article the rule comes from.</param>
/// <param name="Policy">The policy the rule applies, shown as policy, not law; <c>null</c> when it rests on the text alone.</param>
/// <param name="Matched">The facts it matched, as text such as <c>loss(id=L1, amount=1000000, kind=direct, …)</c>.</param>
/// <param name="Asserted">The facts it asserted, as text.</param>
/// <param name="Withdrawn">Whether the firing was later withdrawn because its conditions stopped holding (truth maintenance).</param>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record ExplanationEntry(
    int Sequence,
    string RuleId,
    string Title,
    Citation Citation,
    PolicyReference? Policy,
    ImmutableArray<string> Matched,
    ImmutableArray<string> Asserted,
    bool Withdrawn)
{
    /// <inheritdoc />
    public bool Equals(ExplanationEntry? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Sequence == other.Sequence
            && RuleId == other.RuleId
            && Title == other.Title
            && Citation == other.Citation
            && Policy == other.Policy
            && StructuralEquality.Equal(Matched, other.Matched)
            && StructuralEquality.Equal(Asserted, other.Asserted)
            && Withdrawn == other.Withdrawn);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sequence, RuleId, Title, Citation, Policy, StructuralEquality.Hash(Matched), StructuralEquality.Hash(Asserted), Withdrawn);
}
