using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// The asset loss of the matter and its severity tier (资产损失程度): the tier, the criteria met,
/// the amounts and the ratio they rest on.
/// </summary>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record LossSeverity
{
    /// <summary>No loss evaluated: no tier, a total of zero.</summary>
    public static LossSeverity None { get; } = new()
    {
        CriteriaMet = [],
        CountedLosses = [],
        ExcludedLosses = [],
        Notes = [],
        Citations = [],
        PolicyIds = [],
        TierSource = Provenance.None,
        TotalSource = Provenance.None,
    };

    /// <summary>The tier code (<c>general</c>, <c>larger</c>, <c>major</c> in the bundled rulesets); <c>null</c> when no tier was reached.</summary>
    public string? Tier { get; init; }

    /// <summary>The tier's name in the text, e.g. 较大资产损失; <c>null</c> with <see cref="Tier"/>.</summary>
    public string? TierName { get; init; }

    /// <summary>The tier's English gloss, when the ruleset gives one.</summary>
    public string? TierEnglish { get; init; }

    /// <summary>The tier's rank, 1 for the lowest; 0 when no tier was reached.</summary>
    public int TierRank { get; init; }

    /// <summary>The sum of the counted losses; 0 when there is none.</summary>
    public decimal TotalLoss { get; init; }

    /// <summary>The prior-year-end total assets of the enterprise, when known.</summary>
    public decimal? Assets { get; init; }

    /// <summary>The loss as a percentage of the assets (e.g. <c>2.5</c> for 2.5%), when the assets are known and not zero.</summary>
    public decimal? AssetRatioPercent { get; init; }

    /// <summary>The tier criteria the loss meets, in the order the rules found them.</summary>
    public required ImmutableArray<TierCriterionMet> CriteriaMet { get; init; }

    /// <summary>The loss components counted.</summary>
    public required ImmutableArray<CountedLoss> CountedLosses { get; init; }

    /// <summary>The loss components not counted.</summary>
    public required ImmutableArray<ExcludedLoss> ExcludedLosses { get; init; }

    /// <summary>Remarks about the severity, e.g. that the ratio criterion was not evaluated because the assets are unknown.</summary>
    public required ImmutableArray<ResultNote> Notes { get; init; }

    /// <summary>The rules that combined the criteria into the tier.</summary>
    public required Provenance TierSource { get; init; }

    /// <summary>The rules that added up the total and computed the ratio.</summary>
    public required Provenance TotalSource { get; init; }

    /// <summary>The articles of the rules that derived the total, the criteria and the tier, distinct and ordered.</summary>
    public required ImmutableArray<Citation> Citations { get; init; }

    /// <summary>The policies those rules apply, distinct.</summary>
    public required ImmutableArray<string> PolicyIds { get; init; }

    /// <inheritdoc />
    public bool Equals(LossSeverity? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Tier == other.Tier
            && TierName == other.TierName
            && TierEnglish == other.TierEnglish
            && TierRank == other.TierRank
            && TotalLoss == other.TotalLoss
            && Assets == other.Assets
            && AssetRatioPercent == other.AssetRatioPercent
            && StructuralEquality.Equal(CriteriaMet, other.CriteriaMet)
            && StructuralEquality.Equal(CountedLosses, other.CountedLosses)
            && StructuralEquality.Equal(ExcludedLosses, other.ExcludedLosses)
            && StructuralEquality.Equal(Notes, other.Notes)
            && TierSource == other.TierSource
            && TotalSource == other.TotalSource
            && StructuralEquality.Equal(Citations, other.Citations)
            && StructuralEquality.Equal(PolicyIds, other.PolicyIds));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Tier);
        hash.Add(TierName);
        hash.Add(TierEnglish);
        hash.Add(TierRank);
        hash.Add(TotalLoss);
        hash.Add(Assets);
        hash.Add(AssetRatioPercent);
        hash.Add(StructuralEquality.Hash(CriteriaMet));
        hash.Add(StructuralEquality.Hash(CountedLosses));
        hash.Add(StructuralEquality.Hash(ExcludedLosses));
        hash.Add(StructuralEquality.Hash(Notes));
        hash.Add(TierSource);
        hash.Add(TotalSource);
        hash.Add(StructuralEquality.Hash(Citations));
        hash.Add(StructuralEquality.Hash(PolicyIds));
        return hash.ToHashCode();
    }
}
