using System.Collections.Immutable;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// Projects the derived facts about one person into a <see cref="PersonResult"/>. Part of a
/// <see cref="ResultProjector"/>, reused case after case (<see cref="Start"/>); not thread-safe.
/// </summary>
internal sealed class PersonProjector
{
    private readonly CompiledRuleSet _ruleSet;
    private readonly ProjectedTypes _types;
    private readonly SessionFacts _facts;
    private readonly ProvenanceBuilder _provenance;

    // The facts about persons, by type, in canonical order: read once for every person of the case (Start).
    private FactList _conduct;
    private FactList _responsibilities;
    private FactList _sanctions;
    private FactList _restrictions;
    private FactList _adjustments;
    private FactList _factors;
    private FactList _toleranceDenials;
    private FactList _stillHandled;
    private FactList _standards;
    private FactList _notes;

    public PersonProjector(CompiledRuleSet ruleSet, SessionFacts facts, ProvenanceBuilder provenance)
    {
        _ruleSet = ruleSet;
        _types = ruleSet.Projection.Types;
        _facts = facts;
        _provenance = provenance;
    }

    /// <summary>Reads the facts about persons of the case being projected, for its persons to be projected.</summary>
    /// <returns>This projector.</returns>
    public PersonProjector Start()
    {
        var facts = _facts;
        _conduct = facts.Of(_types.Conduct.Schema);
        _responsibilities = facts.Of(_types.Responsibility.Schema);
        _sanctions = facts.Of(_types.Sanction.Schema);
        _restrictions = facts.Of(_types.Restriction.Schema);
        _adjustments = facts.Of(_types.Adjustment.Schema);
        _factors = facts.Of(_types.Factor.Schema);
        _toleranceDenials = facts.Of(_types.ToleranceDenied.Schema);
        _stillHandled = facts.Of(_types.StillHandled.Schema);
        _standards = facts.Of(_types.DeductionStandard.Schema);
        _notes = facts.Of(_types.Note.Schema);
        return this;
    }

    /// <summary>Lets go of the case's facts and provenances.</summary>
    public void Finish()
    {
        _conduct = _responsibilities = _sanctions = _restrictions = _adjustments = default;
        _factors = _toleranceDenials = _stillHandled = _standards = _notes = default;
    }

    private RuleSetDefinition Definition => _ruleSet.Definition;

    public PersonResult Project(Fact person)
    {
        var id = person[_types.Person.Id].AsText;
        var role = person[_types.Person.Role].AsText;

        // The person lists the citations of the provenances made from here to the citations below:
        // its findings', not its notes'.
        _provenance.StartCitations();
        var responsibility = Responsibility(id);
        var sanction = Sanction(id, responsibility?.Code);
        var sanctionSource = sanction is null ? null : _provenance.Of(sanction);
        var restrictions = FactProjection.Map(
            _restrictions,
            _types.Restriction.Person,
            id,
            this,
            static (self, r) => self.Restriction(r));
        var adjustment = Adjustment(id);
        var factors = FactProjection.Map(
            _factors,
            _types.Factor.Person,
            id,
            this,
            static (self, f) => self.Factor(f));
        var tolerance = FactProjection.Map(
            _toleranceDenials,
            _types.ToleranceDenied.Person,
            id,
            this,
            static (self, t) => self.ToleranceDenial(t));
        var stillHandled = FactProjection.First(_stillHandled, _types.StillHandled.Person, id) is { } stillHandledFact
            ? new StillHandled(stillHandledFact[_types.StillHandled.Status].AsText, _provenance.Of(stillHandledFact))
            : null;
        var standards = FactProjection.Map(
            _standards,
            _types.DeductionStandard.Person,
            id,
            this,
            static (self, d) => self.DeductionStandard(d));
        var (salary, term) = Deductions(_types.Sanction, sanction, sanctionSource);
        var citations = _provenance.Citations();

        return new PersonResult
        {
            Id = id,
            Name = person[_types.Person.Name].AsNullableText,
            Role = role,
            RoleName = Tables.Roles.Find(role)?.Name,
            Status = person[_types.Person.Status].AsText,
            StatusName = Tables.PersonStatuses.Find(person[_types.Person.Status].AsText)?.Name,
            Conduct = FactProjection.Map(_conduct, _types.Conduct.Person, id, this, static (self, c) => self.Tables.Conduct(c[self._types.Conduct.Code].AsText)),
            Responsibility = responsibility,
            Measures = sanction is null ? [] : sanction[_types.Sanction.Measures].AsTextList,
            PerformanceSalaryDeduction = salary,
            TermIncentiveDeduction = term,
            LongTermIncentives = sanction?[_types.Sanction.LongTermIncentives].AsNullableText,
            NonePrescribed = sanction is not null && sanction[_types.Sanction.NonePrescribed].AsBoolean,
            SanctionSource = sanctionSource,
            PromotionRestrictions = restrictions,
            Adjustment = adjustment,
            Factors = factors,
            ToleranceDenied = tolerance,
            StillHandled = stillHandled,
            DeductionStandards = standards,
            Notes = FactProjection.Map(_notes, _types.Note.Subject, id, (Self: this, Id: id), static (state, n) => new ResultNote(n[state.Self._types.Note.Text].AsText, state.Id, state.Self._provenance.Of(n))),
            Citations = citations,
        };
    }

    private ProjectionTables Tables => _ruleSet.Projection;

    private PromotionRestriction Restriction(Fact restriction)
    {
        var type = _types.Restriction;
        return new(restriction[type.Kind].AsText, restriction[type.Measure].AsText, restriction[type.LastDay].AsDate, restriction[type.Source].AsText, _provenance.Of(restriction, _types.RestrictionBasis));
    }

    private FactorFinding Factor(Fact finding)
    {
        var type = _types.Factor;
        var factor = finding[type.Factor].AsText;
        return new(factor, Tables.Factors.Find(factor)?.Name, finding[type.Direction].AsText, finding[type.Terms].AsText, _provenance.Of(finding));
    }

    private ToleranceDenial ToleranceDenial(Fact denial)
    {
        var ground = denial[_types.ToleranceDenied.Ground].AsText;
        return new(ground, Tables.Factors.Find(ground)?.Name, _provenance.Of(denial));
    }

    private DeductionStandard DeductionStandard(Fact standard)
    {
        var type = _types.DeductionStandard;
        return new(standard[type.Source].AsText, standard[type.Pay].AsText, standard[type.Percent].AsNullableNumber, standard[type.Note].AsText, _provenance.Of(standard));
    }

    private ResponsibilityFinding? Responsibility(string person)
    {
        // Several would be a ruleset without a precedence rule: show the one of highest precedence (the first of them).
        Fact? chosen = null;
        var chosenRank = -1;
        var type = _types.Responsibility;
        foreach (var fact in _responsibilities)
        {
            if (fact[type.Person].AsText != person)
            {
                continue;
            }

            var rank = Tables.ResponsibilityRank(fact[type.Responsibility].AsText);
            if (chosen is null || rank > chosenRank)
            {
                chosen = fact;
                chosenRank = rank;
            }
        }

        if (chosen is null)
        {
            return null;
        }

        var code = chosen[type.Responsibility].AsText;
        var definition = chosenRank >= 0 ? Definition.Responsibilities[chosenRank] : null;
        var source = _provenance.Of(chosen, _types.ResponsibilityBasis);
        return new ResponsibilityFinding(code, definition?.Name ?? code, definition?.English, chosen[type.Basis].AsText, source);
    }

    private Fact? Sanction(string person, string? responsibility)
    {
        var type = _types.Sanction;
        Fact? first = null;
        foreach (var sanction in _sanctions)
        {
            if (sanction[type.Person].AsText != person)
            {
                continue;
            }

            if (sanction[type.Responsibility].AsText == responsibility)
            {
                return sanction;
            }

            first ??= sanction;
        }

        return first;
    }

    private static (PerformanceSalaryDeduction? Salary, TermIncentiveDeduction? Term) Deductions(ProjectedTypes.SanctionType type, Fact? sanction, Provenance? source)
    {
        if (sanction is null || source is null)
        {
            return (null, null);
        }

        var salaryMin = sanction[type.SalaryMinPercent].AsNullableNumber;
        var salaryMax = sanction[type.SalaryMaxPercent].AsNullableNumber;
        var termMin = sanction[type.TermIncentiveMinPercent].AsNullableNumber;
        var termMax = sanction[type.TermIncentiveMaxPercent].AsNullableNumber;
        var salary = salaryMin is null && salaryMax is null
            ? null
            : new PerformanceSalaryDeduction(salaryMin ?? 0m, salaryMax ?? 100m, salaryMax is not null && sanction[type.SalaryMaxExclusive].AsBoolean, source);
        var term = termMin is null && termMax is null
            ? null
            : new TermIncentiveDeduction(termMin ?? 0m, termMax ?? 100m, sanction[type.SalaryDeferred].AsBoolean, source);
        return (salary, term);
    }

    private SanctionAdjustment? Adjustment(string person)
    {
        var type = _types.Adjustment;
        if (FactProjection.First(_adjustments, type.Person, person) is not { } fact)
        {
            return null;
        }

        var source = _provenance.Of(fact);
        var policy = source.PolicyIds.IsEmpty ? null : Tables.Policy(source.PolicyIds[0]);
        return new SanctionAdjustment(fact[type.Direction].AsText, fact[type.Terms].AsText, fact[type.Effect].AsText, policy, source);
    }
}
