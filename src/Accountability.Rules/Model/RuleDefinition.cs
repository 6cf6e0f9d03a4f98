using System.Collections.Immutable;
using NodaTime;

namespace Accountability.Rules.Model;

/// <summary>
/// One rule: when all elements of the left-hand side match, the actions assert derived facts.
/// Built by a front-end such as the YAML loader; immutable.
/// </summary>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record RuleDefinition
{
    /// <summary>The rule id, unique in the ruleset, e.g. <c>lossTiers/major/amount</c>.</summary>
    public required string Id { get; init; }

    /// <summary>A one-line description.</summary>
    public required string Title { get; init; }

    /// <summary>The document and article the rule comes from.</summary>
    public required Citation Citation { get; init; }

    /// <summary>Higher salience fires first; ties fire in declaration order.</summary>
    public int Salience { get; init; }

    /// <summary>The policy the rule applies, when it rests on one rather than on the text alone.</summary>
    public string? PolicyId { get; init; }

    /// <summary>The conditions: patterns, negations and aggregates, matched left to right.</summary>
    public required ImmutableArray<RuleElement> Conditions { get; init; }

    /// <summary>The facts the rule asserts when it fires.</summary>
    public required ImmutableArray<AssertAction> Actions { get; init; }

    /// <summary>The first day the rule is in force; <c>null</c>: from the ruleset's start.</summary>
    public LocalDate? InForceFrom { get; init; }

    /// <summary>The last day the rule is in force, inclusive; <c>null</c>: to the ruleset's end.</summary>
    public LocalDate? InForceTo { get; init; }

    /// <summary>Whether the rule is in force on a date (its own period; the ruleset's is checked separately).</summary>
    public bool IsInForceOn(LocalDate date) => (InForceFrom is not { } from || date >= from) && (InForceTo is not { } to || date <= to);

    /// <summary>Where the rule (or the table row it was expanded from) is written, when known.</summary>
    public SourceLocation? Source { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} [{Citation}]";

    /// <inheritdoc />
    public bool Equals(RuleDefinition? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Title == other.Title
            && Citation == other.Citation
            && Salience == other.Salience
            && PolicyId == other.PolicyId
            && StructuralEquality.Equal(Conditions, other.Conditions)
            && StructuralEquality.Equal(Actions, other.Actions)
            && InForceFrom == other.InForceFrom
            && InForceTo == other.InForceTo
            && Source == other.Source);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Title);
        hash.Add(Citation);
        hash.Add(Salience);
        hash.Add(PolicyId);
        hash.Add(StructuralEquality.Hash(Conditions));
        hash.Add(StructuralEquality.Hash(Actions));
        hash.Add(InForceFrom);
        hash.Add(InForceTo);
        hash.Add(Source);
        return hash.ToHashCode();
    }
}
