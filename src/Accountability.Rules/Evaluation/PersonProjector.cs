using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// Projects the derived facts about each person of a case into a <see cref="PersonResult"/>, the lists of facts about
/// persons grouped by person once per case (<see cref="PersonGroups"/>). Part of a <see cref="ResultProjector"/>, reused
/// case after case; not thread-safe.
/// </summary>
internal sealed class PersonProjector
{
    private readonly CompiledRuleSet _ruleSet;
    private readonly ProjectedTypes _types;
    private readonly SessionFacts _facts;
    private readonly ProvenanceBuilder _provenance;

    /// <summary>The facts about the case's persons, grouped by person (<see cref="Project(FactList)"/>).</summary>
    private readonly PersonGroups _groups = new();

    // The lists of facts about persons, by type, in canonical order, grouped by person: read once for every person of the case.
    private PersonGroups.Grouped _conduct;
    private PersonGroups.Grouped _responsibilities;
    private PersonGroups.Grouped _sanctions;
    private PersonGroups.Grouped _restrictions;
    private PersonGroups.Grouped _adjustments;
    private PersonGroups.Grouped _factors;
    private PersonGroups.Grouped _toleranceDenials;
    private PersonGroups.Grouped _stillHandled;
    private PersonGroups.Grouped _standards;
    private PersonGroups.Grouped _notes;

    /// <summary>The person being projected: its index among the case's persons.</summary>
    private int _person;

    public PersonProjector(CompiledRuleSet ruleSet, SessionFacts facts, ProvenanceBuilder provenance)
    {
        _ruleSet = ruleSet;
        _types = ruleSet.Projection.Types;
        _facts = facts;
        _provenance = provenance;
    }

    /// <summary>The results of the case's persons (in canonical order), from the facts about them, each list read once.</summary>
    public ImmutableArray<PersonResult> Project(FactList persons)
    {
        if (persons.IsEmpty)
        {
            return [];
        }

        var facts = _facts;
        var types = _types;
        var groups = _groups;
        groups.Start(persons, types.Person.Id);
        _conduct = groups.Group(facts.Of(types.Conduct.Schema), types.Conduct.Person);
        _responsibilities = groups.Group(facts.Of(types.Responsibility.Schema), types.Responsibility.Person);
        _sanctions = groups.Group(facts.Of(types.Sanction.Schema), types.Sanction.Person);
        _restrictions = groups.Group(facts.Of(types.Restriction.Schema), types.Restriction.Person);
        _adjustments = groups.Group(facts.Of(types.Adjustment.Schema), types.Adjustment.Person);
        _factors = groups.Group(facts.Of(types.Factor.Schema), types.Factor.Person);
        _toleranceDenials = groups.Group(facts.Of(types.ToleranceDenied.Schema), types.ToleranceDenied.Person);
        _stillHandled = groups.Group(facts.Of(types.StillHandled.Schema), types.StillHandled.Person);
        _standards = groups.Group(facts.Of(types.DeductionStandard.Schema), types.DeductionStandard.Person);
        _notes = groups.Group(facts.Of(types.Note.Schema), types.Note.Subject);
        var results = new PersonResult[persons.Length];
        for (_person = 0; _person < results.Length; _person++)
        {
            results[_person] = Project(persons[_person]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(results);
    }

    /// <summary>Lets go of the case's facts.</summary>
    public void Finish() => _groups.Finish();

    private RuleSetDefinition Definition => _ruleSet.Definition;

    /// <summary>The part of a grouped list about the person being projected.</summary>
    private FactList Of(PersonGroups.Grouped list) => _groups.Of(list, _person);

    private PersonResult Project(Fact person)
    {
        var id = person[_types.Person.Id].AsText;
        var role = person[_types.Person.Role].AsText;
        var status = person[_types.Person.Status].AsText;

        // The person lists the citations of the provenances made from here to the citations below:
        // its findings', not its notes'.
        _provenance.StartCitations();
        var responsibility = Responsibility();
        var sanction = Sanction(responsibility?.Code);
        var sanctionSource = sanction is null ? null : _provenance.Of(sanction);
        var restrictions = FactProjection.Map(Of(_restrictions), this, static (self, r) => self.Restriction(r));
        var adjustment = Adjustment();
        var factors = FactProjection.Map(Of(_factors), this, static (self, f) => self.Factor(f));
        var tolerance = FactProjection.Map(Of(_toleranceDenials), this, static (self, t) => self.ToleranceDenial(t));
        var stillHandled = Of(_stillHandled) is { IsEmpty: false } stillHandledFacts
            ? new StillHandled(stillHandledFacts[0][_types.StillHandled.Status].AsText, _provenance.Of(stillHandledFacts[0]))
            : null;
        var standards = FactProjection.Map(Of(_standards), this, static (self, d) => self.DeductionStandard(d));
        var (salary, term) = Deductions(_types.Sanction, sanction, sanctionSource);
        var citations = _provenance.Citations();

        return new PersonResult
        {
            Id = id,
            Name = person[_types.Person.Name].AsNullableText,
            Role = role,
            RoleName = Tables.Roles.Find(role)?.Name,
            Status = status,
            StatusName = Tables.PersonStatuses.Find(status)?.Name,
            Conduct = FactProjection.Map(Of(_conduct), this, static (self, c) => self.Tables.Conduct(c[self._types.Conduct.Code].AsText)),
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
            Notes = FactProjection.Map(Of(_notes), (Self: this, Id: id), static (state, n) => new ResultNote(n[state.Self._types.Note.Text].AsText, state.Id, state.Self._provenance.Of(n))),
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

    private ResponsibilityFinding? Responsibility()
    {
        // Several would be a ruleset without a precedence rule: show the one of highest precedence (the first of them).
        Fact? chosen = null;
        var chosenRank = -1;
        var type = _types.Responsibility;
        foreach (var fact in Of(_responsibilities))
        {
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

    private Fact? Sanction(string? responsibility)
    {
        var type = _types.Sanction;
        Fact? first = null;
        foreach (var sanction in Of(_sanctions))
        {
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

    private SanctionAdjustment? Adjustment()
    {
        var type = _types.Adjustment;
        if (Of(_adjustments) is not { IsEmpty: false } adjustments)
        {
            return null;
        }

        var fact = adjustments[0];
        var source = _provenance.Of(fact);
        var policy = source.PolicyIds.IsEmpty ? null : Tables.Policy(source.PolicyIds[0]);
        return new SanctionAdjustment(fact[type.Direction].AsText, fact[type.Terms].AsText, fact[type.Effect].AsText, policy, source);
    }
}
