using Accountability.Rules.Facts;
using Accountability.Rules.Facts.Definitions;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// The catalogue's types the projection reads by name, with the positions of the fields it reads,
/// found once per compiled ruleset (<see cref="ProjectionTables.Types"/>) so that a case reads its
/// facts by position. A type the catalogue lacks has a null schema (it has no facts); a field its type
/// lacks has position -1 (reading it fails, as reading it by name did). Immutable and thread-safe.
/// </summary>
internal sealed class ProjectedTypes(FactCatalog catalog)
{
    public NoteType Note { get; } = new(Find(catalog, "note"));

    public ScopeFlagType ScopeFlag { get; } = new(Find(catalog, "scopeFlag"));

    public FactSchema? CalendarGap { get; } = Find(catalog, AccountabilityFacts.CalendarGapType);

    public LossTotalType LossTotal { get; } = new(Find(catalog, "lossTotal"));

    public TierCriterionType TierCriterion { get; } = new(Find(catalog, "tierCriterion"));

    public LossTierType LossTier { get; } = new(Find(catalog, "lossTier"));

    public LossFindingType CountedLoss { get; } = new(Find(catalog, "countedLoss"), "kind");

    public LossFindingType ExcludedLoss { get; } = new(Find(catalog, "excludedLoss"), "reason");

    public AuthorityType Authority { get; } = new(Find(catalog, "authority"));

    public FactSchema? DocumentLine { get; } = Find(catalog, DocumentFiller.LineType);

    public FactSchema? DocumentField { get; } = Find(catalog, DocumentFiller.FieldType);

    public PersonType Person { get; } = new(Find(catalog, "person"));

    public LossType Loss { get; } = new(Find(catalog, "loss"));

    public ConductType Conduct { get; } = new(Find(catalog, "conduct"));

    public ResponsibilityType Responsibility { get; } = new(Find(catalog, "personResponsibility"));

    public SanctionType Sanction { get; } = new(Find(catalog, "sanction"));

    public RestrictionType Restriction { get; } = new(Find(catalog, "promotionRestriction"));

    public AdjustmentType Adjustment { get; } = new(Find(catalog, "adjustment"));

    public FactorType Factor { get; } = new(Find(catalog, "factorFinding"));

    public ToleranceDeniedType ToleranceDenied { get; } = new(Find(catalog, "toleranceDenied"));

    public StillHandledType StillHandled { get; } = new(Find(catalog, "stillHandled"));

    public DeductionStandardType DeductionStandard { get; } = new(Find(catalog, "deductionStandard"));

    /// <summary>A ground for a person's responsibility type, which a responsibility's provenance reaches through (null when not a derived type of the catalogue).</summary>
    public FactSchema? ResponsibilityBasis { get; } = FindDerived(catalog, "responsibilityBasis");

    /// <summary>A restriction that follows from a measure, which a promotion restriction's provenance reaches through (null when not a derived type of the catalogue).</summary>
    public FactSchema? RestrictionBasis { get; } = FindDerived(catalog, "restriction");

    private static FactSchema? Find(FactCatalog catalog, string name) => catalog.TryGet(name, out var schema) ? schema : null;

    private static FactSchema? FindDerived(FactCatalog catalog, string name) => Find(catalog, name) is { Origin: FactOrigin.Derived } schema ? schema : null;

    /// <summary>The position of a field; -1 when the type or the field is missing.</summary>
    private static int At(FactSchema? schema, string field) => schema is not null && schema.TryGetField(field, out var found) ? found.Index : -1;

    internal sealed class NoteType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Text { get; } = At(schema, "text");

        public int Subject { get; } = At(schema, "subject");
    }

    internal sealed class ScopeFlagType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Code { get; } = At(schema, "code");

        public int Note { get; } = At(schema, "note");

        public int Subject { get; } = At(schema, "subject");
    }

    internal sealed class LossTotalType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Amount { get; } = At(schema, "amount");

        public int Assets { get; } = At(schema, "assets");

        public int AssetRatioPercent { get; } = At(schema, "assetRatioPercent");
    }

    internal sealed class TierCriterionType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Tier { get; } = At(schema, "tier");

        public int Rank { get; } = At(schema, "rank");

        public int Criterion { get; } = At(schema, "criterion");
    }

    internal sealed class LossTierType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Tier { get; } = At(schema, "tier");

        public int Rank { get; } = At(schema, "rank");
    }

    /// <summary>A counted or an excluded loss: the loss, its amount and a text field (the kind, the reason).</summary>
    internal sealed class LossFindingType(FactSchema? schema, string text)
    {
        public FactSchema? Schema => schema;

        public int Loss { get; } = At(schema, "loss");

        public int Amount { get; } = At(schema, "amount");

        public int Text { get; } = At(schema, text);
    }

    internal sealed class AuthorityType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Authority { get; } = At(schema, "authority");

        public int Reason { get; } = At(schema, "reason");
    }

    internal sealed class PersonType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Id { get; } = At(schema, "id");

        public int Name { get; } = At(schema, "name");

        public int Role { get; } = At(schema, "role");

        public int Status { get; } = At(schema, "status");
    }

    internal sealed class LossType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Id { get; } = At(schema, "id");

        public int Description { get; } = At(schema, "description");
    }

    internal sealed class ConductType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Person { get; } = At(schema, "person");

        public int Code { get; } = At(schema, "code");
    }

    internal sealed class ResponsibilityType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Person { get; } = At(schema, "person");

        public int Responsibility { get; } = At(schema, "responsibility");

        public int Basis { get; } = At(schema, "basis");
    }

    internal sealed class SanctionType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Person { get; } = At(schema, "person");

        public int Responsibility { get; } = At(schema, "responsibility");

        public int Measures { get; } = At(schema, "measures");

        public int LongTermIncentives { get; } = At(schema, "longTermIncentives");

        public int NonePrescribed { get; } = At(schema, "nonePrescribed");

        public int SalaryMinPercent { get; } = At(schema, "salaryMinPercent");

        public int SalaryMaxPercent { get; } = At(schema, "salaryMaxPercent");

        public int SalaryMaxExclusive { get; } = At(schema, "salaryMaxExclusive");

        public int SalaryDeferred { get; } = At(schema, "salaryDeferred");

        public int TermIncentiveMinPercent { get; } = At(schema, "termIncentiveMinPercent");

        public int TermIncentiveMaxPercent { get; } = At(schema, "termIncentiveMaxPercent");
    }

    internal sealed class RestrictionType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Person { get; } = At(schema, "person");

        public int Kind { get; } = At(schema, "kind");

        public int Measure { get; } = At(schema, "measure");

        public int LastDay { get; } = At(schema, "lastDay");

        public int Source { get; } = At(schema, "source");
    }

    internal sealed class AdjustmentType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Person { get; } = At(schema, "person");

        public int Direction { get; } = At(schema, "direction");

        public int Terms { get; } = At(schema, "terms");

        public int Effect { get; } = At(schema, "effect");
    }

    internal sealed class FactorType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Person { get; } = At(schema, "person");

        public int Factor { get; } = At(schema, "factor");

        public int Direction { get; } = At(schema, "direction");

        public int Terms { get; } = At(schema, "terms");
    }

    internal sealed class ToleranceDeniedType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Person { get; } = At(schema, "person");

        public int Ground { get; } = At(schema, "ground");
    }

    internal sealed class StillHandledType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Person { get; } = At(schema, "person");

        public int Status { get; } = At(schema, "status");
    }

    internal sealed class DeductionStandardType(FactSchema? schema)
    {
        public FactSchema? Schema => schema;

        public int Person { get; } = At(schema, "person");

        public int Source { get; } = At(schema, "source");

        public int Pay { get; } = At(schema, "pay");

        public int Percent { get; } = At(schema, "percent");

        public int Note { get; } = At(schema, "note");
    }
}
