using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>Who investigates and handles the matter (管辖).</summary>
/// <param name="Authority"><c>sasac</c> (the supervising body, 国资委) or <c>enterprise</c> (the enterprise itself).</param>
/// <param name="Reasons">Why, one entry per ground the rules found, in firing order.</param>
/// <param name="Notes">Remarks about who handles the matter (subject <c>authority</c>), e.g. a criterion that could not be evaluated.</param>
/// <param name="Source">The rules that decided it.</param>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record Handling(string Authority, ImmutableArray<string> Reasons, ImmutableArray<ResultNote> Notes, Provenance Source)
{
    /// <inheritdoc />
    public bool Equals(Handling? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Authority == other.Authority
            && StructuralEquality.Equal(Reasons, other.Reasons)
            && StructuralEquality.Equal(Notes, other.Notes)
            && Source == other.Source);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Authority, StructuralEquality.Hash(Reasons), StructuralEquality.Hash(Notes), Source);
}
