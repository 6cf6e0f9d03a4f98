using System.Collections.Immutable;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// The outcome of evaluating one case against one ruleset: the loss severity, who handles the
/// matter, what applies to each person, flags and notes, and the explanation of every firing.
/// Immutable; built by <see cref="CaseEvaluator.Evaluate(Engine.IRuleSessionFactory, IEnumerable{Facts.Fact}, NodaTime.LocalDate, EvaluationOptions)"/>.
/// </summary>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record CaseResult
{
    /// <summary>The ruleset id, e.g. <c>yibin-2020</c>.</summary>
    public required string RuleSetId { get; init; }

    /// <summary>The ruleset's version.</summary>
    public required string RuleSetVersion { get; init; }

    /// <summary>The ruleset's title in the original language.</summary>
    public required string RuleSetTitle { get; init; }

    /// <summary>The rulesets this one extends, nearest parent first (empty when it stands alone).</summary>
    public ImmutableArray<RuleSetParent> Parents { get; init; } = [];

    /// <summary>The SHA-256 of the ruleset's source text, when the loader computed one.</summary>
    public string? ContentHash { get; init; }

    /// <summary>The first day the ruleset is in force.</summary>
    public required LocalDate InForceFrom { get; init; }

    /// <summary>The last day the ruleset is in force, inclusive; <c>null</c> while in force.</summary>
    public LocalDate? InForceTo { get; init; }

    /// <summary>The currency of every amount, e.g. <c>CNY</c>.</summary>
    public required string Currency { get; init; }

    /// <summary>The id of the ruleset's first document, which short citations refer to.</summary>
    public required string PrimaryDocumentId { get; init; }

    /// <summary>The date responsibility is determined or the decision made, as evaluated.</summary>
    public required LocalDate DecidedOn { get; init; }

    /// <summary>Whether the case was evaluated, is (partly) outside the ruleset's scope, could not be evaluated fully, or the ruleset is not in force.</summary>
    public required CaseStatus Status { get; init; }

    /// <summary>The loss and its severity tier; <see cref="Evaluation.LossSeverity.None"/> when not evaluated.</summary>
    public required LossSeverity LossSeverity { get; init; }

    /// <summary>Who investigates and handles the matter; <c>null</c> when no rule decided it.</summary>
    public Handling? Handling { get; init; }

    /// <summary>One entry per person of the case, in input order; empty when not evaluated.</summary>
    public required ImmutableArray<PersonResult> Persons { get; init; }

    /// <summary>
    /// Circumstances that put the matter under other rules. <see cref="Status"/> is
    /// <see cref="CaseStatus.OutOfScope"/> when there is any, unless it is <see cref="CaseStatus.Incomplete"/>.
    /// </summary>
    public required ImmutableArray<ScopeFlag> ScopeFlags { get; init; }

    /// <summary>
    /// Remarks about the case as a whole, including why it was not evaluated. Remarks about the loss
    /// severity, the handling or one person are with those.
    /// </summary>
    public required ImmutableArray<ResultNote> Notes { get; init; }

    /// <summary>
    /// Every other derived fact, grouped by type in catalogue order: what a ruleset concludes beyond
    /// the loss severity, the handling, the persons, scope flags and notes (an interview's
    /// eligibility, a deadline, …), each with its rules, articles and policies. Empty when not evaluated.
    /// </summary>
    public ImmutableArray<Conclusion> Conclusions { get; init; } = [];

    /// <summary>Documents filled in from the case by the ruleset's templates (a notice, minutes), in the order the rules produced them.</summary>
    public ImmutableArray<FilledDocument> Documents { get; init; } = [];

    /// <summary>The policies the conclusions rest on, with their statements, in the ruleset's order.</summary>
    public required ImmutableArray<PolicyDefinition> Policies { get; init; }

    /// <summary>One entry per firing, in order; empty when not evaluated or when the explanation was not asked for (<see cref="EvaluationOptions.Explain"/>).</summary>
    public required ImmutableArray<ExplanationEntry> Explanation { get; init; }

    /// <summary>
    /// The rules that did not fire although a fact met all their conditions but one threshold (e.g. a
    /// higher tier's amount), in the ruleset's order; empty when the explanation was not asked for.
    /// </summary>
    public ImmutableArray<NearMiss> NearMisses { get; init; } = [];

    /// <summary>
    /// The encoded texts of the ruleset the result was projected from, which the JSON writer takes
    /// instead of encoding them again; null for a result made otherwise. Not part of equality.
    /// </summary>
    internal Json.RulesetTexts? Texts { get; init; }

    /// <inheritdoc />
    public bool Equals(CaseResult? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && RuleSetId == other.RuleSetId
            && RuleSetVersion == other.RuleSetVersion
            && RuleSetTitle == other.RuleSetTitle
            && StructuralEquality.Equal(Parents, other.Parents)
            && ContentHash == other.ContentHash
            && InForceFrom == other.InForceFrom
            && InForceTo == other.InForceTo
            && Currency == other.Currency
            && PrimaryDocumentId == other.PrimaryDocumentId
            && DecidedOn == other.DecidedOn
            && Status == other.Status
            && LossSeverity == other.LossSeverity
            && Handling == other.Handling
            && StructuralEquality.Equal(Persons, other.Persons)
            && StructuralEquality.Equal(ScopeFlags, other.ScopeFlags)
            && StructuralEquality.Equal(Notes, other.Notes)
            && StructuralEquality.Equal(Conclusions, other.Conclusions)
            && StructuralEquality.Equal(Documents, other.Documents)
            && StructuralEquality.Equal(Policies, other.Policies)
            && StructuralEquality.Equal(Explanation, other.Explanation)
            && StructuralEquality.Equal(NearMisses, other.NearMisses));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(RuleSetId);
        hash.Add(RuleSetVersion);
        hash.Add(RuleSetTitle);
        hash.Add(StructuralEquality.Hash(Parents));
        hash.Add(ContentHash);
        hash.Add(InForceFrom);
        hash.Add(InForceTo);
        hash.Add(Currency);
        hash.Add(PrimaryDocumentId);
        hash.Add(DecidedOn);
        hash.Add(Status);
        hash.Add(LossSeverity);
        hash.Add(Handling);
        hash.Add(StructuralEquality.Hash(Persons));
        hash.Add(StructuralEquality.Hash(ScopeFlags));
        hash.Add(StructuralEquality.Hash(Notes));
        hash.Add(StructuralEquality.Hash(Conclusions));
        hash.Add(StructuralEquality.Hash(Documents));
        hash.Add(StructuralEquality.Hash(Policies));
        hash.Add(StructuralEquality.Hash(Explanation));
        hash.Add(StructuralEquality.Hash(NearMisses));
        return hash.ToHashCode();
    }
}
