using System.Collections.Immutable;
using NodaTime;

namespace Accountability.Rules.Model;

/// <summary>
/// The canonical model of one ruleset: its identity, period in force, documents, policies, code
/// lists and rules. Front-ends (the YAML loader) produce it; the compiler consumes it; nothing in
/// it knows about YAML. Immutable.
/// </summary>
/// <remarks>Equality is structural: equal members, the arrays and code lists item by item.</remarks>
public sealed record RuleSetDefinition
{
    /// <summary>The ruleset id, e.g. <c>yibin-2020</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The ruleset's own version, e.g. <c>1.0.0</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The title in the original language.</summary>
    public required string Title { get; init; }

    /// <summary>An English title, when given.</summary>
    public string? TitleEnglish { get; init; }

    /// <summary>The first day the rules are in force.</summary>
    public required LocalDate InForceFrom { get; init; }

    /// <summary>The last day the rules are in force, inclusive; <c>null</c> while in force.</summary>
    public LocalDate? InForceTo { get; init; }

    /// <summary>The article that sets the period in force.</summary>
    public Citation? InForceCitation { get; init; }

    /// <summary>
    /// The dates of a case that decide whether the rules apply, when they are facts' own dates (each
    /// interview's day, each yearly figure's year), one per fact type; empty when it is the case's
    /// decision date (<c>decidedOn</c>). The rules that match a fact of such a type carry the
    /// condition already (see <see cref="DecisiveDate"/>).
    /// </summary>
    public ImmutableArray<DecisiveDate> DecisiveDates { get; init; } = [];

    /// <summary>The currency of amounts, e.g. <c>CNY</c>.</summary>
    public required string Currency { get; init; }

    /// <summary>The id of the working-day calendar rules count with, when the ruleset names one.</summary>
    public string? CalendarId { get; init; }

    /// <summary>The documents citations refer to.</summary>
    public required ImmutableArray<DocumentReference> Documents { get; init; }

    /// <summary>The policies rules may name.</summary>
    public required ImmutableArray<PolicyDefinition> Policies { get; init; }

    /// <summary>How the text's boundary words read.</summary>
    public required ImmutableArray<BoundaryReading> Boundaries { get; init; }

    /// <summary>The loss-severity tiers, lowest first; the position is the rank.</summary>
    public required ImmutableArray<CodeDefinition> Tiers { get; init; }

    /// <summary>The responsibility types, lowest precedence first.</summary>
    public required ImmutableArray<CodeDefinition> Responsibilities { get; init; }

    /// <summary>Code lists by name: roles, violations, conduct, factors, measures, circumstances, personStatuses.</summary>
    public required ImmutableSortedDictionary<string, ImmutableArray<CodeDefinition>> CodeLists { get; init; }

    /// <summary>The rules, in declaration order (the tie-break after salience).</summary>
    public required ImmutableArray<RuleDefinition> Rules { get; init; }

    /// <summary>
    /// The rulesets this one extends, nearest first (its parent, then the parent's parent...);
    /// empty for a ruleset that extends none. The definition is the effective one: the chain's
    /// rules with this ruleset's changes applied.
    /// </summary>
    public ImmutableArray<RuleSetParent> Parents { get; init; } = [];

    /// <summary>
    /// A SHA-256 of the ruleset's source text (for an overlay, of the texts of its chain, root
    /// first), so an evaluation can be reproduced.
    /// </summary>
    public string? ContentHash { get; init; }

    /// <summary>Whether the ruleset is in force on a date.</summary>
    public bool IsInForceOn(LocalDate date) => date >= InForceFrom && (InForceTo is not { } to || date <= to);

    /// <summary>Finds a policy by id.</summary>
    public PolicyDefinition? FindPolicy(string id) => Policies.FirstOrDefault(p => p.Id == id);

    /// <summary>Finds a code in a list; <c>null</c> when the list or the code does not exist.</summary>
    public CodeDefinition? FindCode(string list, string code) =>
        CodeLists.TryGetValue(list, out var codes) ? codes.FirstOrDefault(c => c.Code == code) : null;

    /// <inheritdoc />
    public bool Equals(RuleSetDefinition? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Version == other.Version
            && Title == other.Title
            && TitleEnglish == other.TitleEnglish
            && InForceFrom == other.InForceFrom
            && InForceTo == other.InForceTo
            && InForceCitation == other.InForceCitation
            && StructuralEquality.Equal(DecisiveDates, other.DecisiveDates)
            && Currency == other.Currency
            && CalendarId == other.CalendarId
            && StructuralEquality.Equal(Documents, other.Documents)
            && StructuralEquality.Equal(Policies, other.Policies)
            && StructuralEquality.Equal(Boundaries, other.Boundaries)
            && StructuralEquality.Equal(Tiers, other.Tiers)
            && StructuralEquality.Equal(Responsibilities, other.Responsibilities)
            && StructuralEquality.Equal(CodeLists, other.CodeLists)
            && StructuralEquality.Equal(Rules, other.Rules)
            && StructuralEquality.Equal(Parents, other.Parents)
            && ContentHash == other.ContentHash);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Version);
        hash.Add(Title);
        hash.Add(TitleEnglish);
        hash.Add(InForceFrom);
        hash.Add(InForceTo);
        hash.Add(InForceCitation);
        hash.Add(StructuralEquality.Hash(DecisiveDates));
        hash.Add(Currency);
        hash.Add(CalendarId);
        hash.Add(StructuralEquality.Hash(Documents));
        hash.Add(StructuralEquality.Hash(Policies));
        hash.Add(StructuralEquality.Hash(Boundaries));
        hash.Add(StructuralEquality.Hash(Tiers));
        hash.Add(StructuralEquality.Hash(Responsibilities));
        hash.Add(StructuralEquality.Hash(CodeLists));
        hash.Add(StructuralEquality.Hash(Rules));
        hash.Add(StructuralEquality.Hash(Parents));
        hash.Add(ContentHash);
        return hash.ToHashCode();
    }
}
