using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>Who investigates and handles the matter (管辖).</summary>
/// <param name="Authority">
/// The handling body, a code of the ruleset's <c>authorities</c> list: e.g. <c>sasac</c> (the supervising
/// body, 国资委), <c>group</c> (a city-owned enterprise at group level), <c>subsidiary</c> or
/// <c>enterprise</c> (the enterprise itself).
/// </param>
/// <param name="Reasons">Why, one entry per ground the rules found, in firing order.</param>
/// <param name="Notes">Remarks about who handles the matter (subject <c>authority</c>), e.g. a criterion that could not be evaluated.</param>
/// <param name="Source">The rules that decided it.</param>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record Handling(string Authority, ImmutableArray<string> Reasons, ImmutableArray<ResultNote> Notes, Provenance Source)
{
    /// <summary>The body's name in the text, e.g. 市国资委; <c>null</c> when the ruleset's <c>authorities</c> list does not define the code.</summary>
    public string? AuthorityName { get; init; }

    /// <summary>The body's name in English; <c>null</c> when the ruleset gives none.</summary>
    public string? AuthorityEnglish { get; init; }

    /// <inheritdoc />
    public bool Equals(Handling? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Authority == other.Authority
            && AuthorityName == other.AuthorityName
            && AuthorityEnglish == other.AuthorityEnglish
            && StructuralEquality.Equal(Reasons, other.Reasons)
            && StructuralEquality.Equal(Notes, other.Notes)
            && Source == other.Source);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Authority, AuthorityName, AuthorityEnglish, StructuralEquality.Hash(Reasons), StructuralEquality.Hash(Notes), Source);
}
