using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// What the rules conclude for one person of the case: responsibility, the prescribed sanction
/// range, promotion restrictions, the effect of factors, and the articles all of it rests on.
/// </summary>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record PersonResult
{
    /// <summary>The person's id in the case.</summary>
    public required string Id { get; init; }

    /// <summary>The person's name, when the case gives it.</summary>
    public string? Name { get; init; }

    /// <summary>The role code, e.g. <c>principal-head</c>.</summary>
    public required string Role { get; init; }

    /// <summary>The role's name in the text, e.g. 主要负责人, when the ruleset lists it.</summary>
    public string? RoleName { get; init; }

    /// <summary>The person's status: <c>serving</c>, <c>transferred</c>, <c>resigned</c> or <c>retired</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The status's name, e.g. 调任, when the ruleset lists it.</summary>
    public string? StatusName { get; init; }

    /// <summary>The conduct and violation codes the case states for the person, in input order.</summary>
    public required ImmutableArray<StatedConduct> Conduct { get; init; }

    /// <summary>The responsibility the person bears; <c>null</c> when no rule found one.</summary>
    public ResponsibilityFinding? Responsibility { get; init; }

    /// <summary>The organisational measures the sanction row lists, as written (e.g. 通报批评, 诫勉); empty when none.</summary>
    public required ImmutableArray<string> Measures { get; init; }

    /// <summary>The deduction range of the performance salary; <c>null</c> when none is prescribed.</summary>
    public PerformanceSalaryDeduction? PerformanceSalaryDeduction { get; init; }

    /// <summary>The deduction range of the term incentive; <c>null</c> when none is prescribed.</summary>
    public TermIncentiveDeduction? TermIncentiveDeduction { get; init; }

    /// <summary>What happens to medium- and long-term incentives, as written; <c>null</c> when the row says nothing.</summary>
    public string? LongTermIncentives { get; init; }

    /// <summary>Whether the text prescribes no measure for the person's tier and responsibility.</summary>
    public bool NonePrescribed { get; init; }

    /// <summary>The rules that prescribed the sanction range (measures, deductions, incentives); <c>null</c> when none fired.</summary>
    public Provenance? SanctionSource { get; init; }

    /// <summary>The promotion restrictions in effect, in the order the rules derived them.</summary>
    public required ImmutableArray<PromotionRestriction> PromotionRestrictions { get; init; }

    /// <summary>How the factors move the sanction; <c>null</c> when no rule weighed them.</summary>
    public SanctionAdjustment? Adjustment { get; init; }

    /// <summary>The factors that apply to the person.</summary>
    public required ImmutableArray<FactorFinding> Factors { get; init; }

    /// <summary>The grounds that exclude tolerance (容错) for the person; empty when none.</summary>
    public required ImmutableArray<ToleranceDenial> ToleranceDenied { get; init; }

    /// <summary>Set when the person is no longer in post and is still handled.</summary>
    public StillHandled? StillHandled { get; init; }

    /// <summary>How concurrent salary deductions for the same event compare.</summary>
    public required ImmutableArray<DeductionStandard> DeductionStandards { get; init; }

    /// <summary>Remarks about the person (notes whose subject is the person's id), e.g. that no responsibility was established.</summary>
    public required ImmutableArray<ResultNote> Notes { get; init; }

    /// <summary>Every article any conclusion about the person rests on, distinct, in document then article order.</summary>
    public required ImmutableArray<Citation> Citations { get; init; }

    /// <inheritdoc />
    public bool Equals(PersonResult? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Name == other.Name
            && Role == other.Role
            && RoleName == other.RoleName
            && Status == other.Status
            && StatusName == other.StatusName
            && StructuralEquality.Equal(Conduct, other.Conduct)
            && Responsibility == other.Responsibility
            && StructuralEquality.Equal(Measures, other.Measures)
            && PerformanceSalaryDeduction == other.PerformanceSalaryDeduction
            && TermIncentiveDeduction == other.TermIncentiveDeduction
            && LongTermIncentives == other.LongTermIncentives
            && NonePrescribed == other.NonePrescribed
            && SanctionSource == other.SanctionSource
            && StructuralEquality.Equal(PromotionRestrictions, other.PromotionRestrictions)
            && Adjustment == other.Adjustment
            && StructuralEquality.Equal(Factors, other.Factors)
            && StructuralEquality.Equal(ToleranceDenied, other.ToleranceDenied)
            && StillHandled == other.StillHandled
            && StructuralEquality.Equal(DeductionStandards, other.DeductionStandards)
            && StructuralEquality.Equal(Notes, other.Notes)
            && StructuralEquality.Equal(Citations, other.Citations));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Name);
        hash.Add(Role);
        hash.Add(RoleName);
        hash.Add(Status);
        hash.Add(StatusName);
        hash.Add(StructuralEquality.Hash(Conduct));
        hash.Add(Responsibility);
        hash.Add(StructuralEquality.Hash(Measures));
        hash.Add(PerformanceSalaryDeduction);
        hash.Add(TermIncentiveDeduction);
        hash.Add(LongTermIncentives);
        hash.Add(NonePrescribed);
        hash.Add(SanctionSource);
        hash.Add(StructuralEquality.Hash(PromotionRestrictions));
        hash.Add(Adjustment);
        hash.Add(StructuralEquality.Hash(Factors));
        hash.Add(StructuralEquality.Hash(ToleranceDenied));
        hash.Add(StillHandled);
        hash.Add(StructuralEquality.Hash(DeductionStandards));
        hash.Add(StructuralEquality.Hash(Notes));
        hash.Add(StructuralEquality.Hash(Citations));
        return hash.ToHashCode();
    }
}
