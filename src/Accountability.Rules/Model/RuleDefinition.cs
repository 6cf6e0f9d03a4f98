using System.Collections.Immutable;

namespace Accountability.Rules.Model;

/// <summary>
/// One rule: when all elements of the left-hand side match, the actions assert derived facts.
/// Built by a front-end such as the YAML loader; immutable.
/// </summary>
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

    /// <summary>Where the rule (or the table row it was expanded from) is written, when known.</summary>
    public SourceLocation? Source { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} [{Citation}]";
}
