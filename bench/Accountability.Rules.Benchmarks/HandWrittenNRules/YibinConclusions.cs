using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules;

/// <summary>What the hand-written Yibin versions conclude for one case, by kind.</summary>
internal sealed class YibinConclusions
{
    public List<CountedLoss> CountedLosses { get; } = [];
    public List<ExcludedLoss> ExcludedLosses { get; } = [];
    public List<LossTotal> LossTotals { get; } = [];
    public List<TierCriterion> TierCriteria { get; } = [];
    public List<LossTier> LossTiers { get; } = [];
    public List<ResponsibilityBasis> ResponsibilityBases { get; } = [];
    public List<PersonResponsibility> Responsibilities { get; } = [];
    public List<Sanction> Sanctions { get; } = [];
    public List<FactorFinding> FactorFindings { get; } = [];
    public List<ToleranceDenied> ToleranceDenials { get; } = [];
    public List<Adjustment> Adjustments { get; } = [];
    public List<Restriction> Restrictions { get; } = [];
    public List<PromotionRestriction> PromotionRestrictions { get; } = [];
    public List<Authority> Authorities { get; } = [];
    public List<ScopeFlag> ScopeFlags { get; } = [];
    public List<StillHandled> StillHandled { get; } = [];
    public List<DeductionStandard> DeductionStandards { get; } = [];
    public List<DeductionBase> DeductionBases { get; } = [];
    public List<Note> Notes { get; } = [];

    /// <summary>Adds a conclusion by its type; returns false for an input fact.</summary>
    public bool Add(object fact)
    {
        switch (fact)
        {
            case CountedLoss x: CountedLosses.Add(x); return true;
            case ExcludedLoss x: ExcludedLosses.Add(x); return true;
            case LossTotal x: LossTotals.Add(x); return true;
            case TierCriterion x: TierCriteria.Add(x); return true;
            case LossTier x: LossTiers.Add(x); return true;
            case ResponsibilityBasis x: ResponsibilityBases.Add(x); return true;
            case PersonResponsibility x: Responsibilities.Add(x); return true;
            case Sanction x: Sanctions.Add(x); return true;
            case FactorFinding x: FactorFindings.Add(x); return true;
            case ToleranceDenied x: ToleranceDenials.Add(x); return true;
            case Adjustment x: Adjustments.Add(x); return true;
            case Restriction x: Restrictions.Add(x); return true;
            case PromotionRestriction x: PromotionRestrictions.Add(x); return true;
            case Authority x: Authorities.Add(x); return true;
            case ScopeFlag x: ScopeFlags.Add(x); return true;
            case StillHandled x: StillHandled.Add(x); return true;
            case DeductionStandard x: DeductionStandards.Add(x); return true;
            case DeductionBase x: DeductionBases.Add(x); return true;
            case Note x: Notes.Add(x); return true;
            default: return false;
        }
    }
}
