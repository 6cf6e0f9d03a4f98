using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>Projects the derived facts about one person into a <see cref="PersonResult"/>.</summary>
internal sealed class PersonProjector
{
    /// <summary>The field that names the person in the facts about one.</summary>
    private const string PersonField = "person";

    private readonly CompiledRuleSet _ruleSet;
    private readonly ProvenanceBuilder _provenance;

    // The facts about persons, by type, in canonical order: read once for every person of the case.
    private readonly ImmutableArray<Fact> _conduct;
    private readonly ImmutableArray<Fact> _responsibilities;
    private readonly ImmutableArray<Fact> _sanctions;
    private readonly ImmutableArray<Fact> _restrictions;
    private readonly ImmutableArray<Fact> _adjustments;
    private readonly ImmutableArray<Fact> _factors;
    private readonly ImmutableArray<Fact> _toleranceDenials;
    private readonly ImmutableArray<Fact> _stillHandled;
    private readonly ImmutableArray<Fact> _standards;
    private readonly ImmutableArray<Fact> _notes;

    /// <summary>The provenances of the person being projected, whose citations the person lists; one list for every person.</summary>
    private readonly List<Provenance?> _sources = new(16);

    public PersonProjector(CompiledRuleSet ruleSet, SessionFacts facts, ProvenanceBuilder provenance)
    {
        _ruleSet = ruleSet;
        _provenance = provenance;
        _conduct = facts.Of("conduct");
        _responsibilities = facts.Of("personResponsibility");
        _sanctions = facts.Of("sanction");
        _restrictions = facts.Of("promotionRestriction");
        _adjustments = facts.Of("adjustment");
        _factors = facts.Of("factorFinding");
        _toleranceDenials = facts.Of("toleranceDenied");
        _stillHandled = facts.Of("stillHandled");
        _standards = facts.Of("deductionStandard");
        _notes = facts.Of("note");
    }

    private RuleSetDefinition Definition => _ruleSet.Definition;

    public PersonResult Project(Fact person)
    {
        var id = person["id"].AsText;
        var role = person["role"].AsText;
        var responsibility = Responsibility(id);
        var sanction = Sanction(id, responsibility?.Code);
        var sanctionSource = sanction is null ? null : _provenance.Of(sanction);
        var restrictions = FactProjection.Map(
            _restrictions,
            PersonField,
            id,
            this,
            static (self, r) => new PromotionRestriction(r["kind"].AsText, r["measure"].AsText, r["lastDay"].AsDate, r["source"].AsText, self._provenance.Of(r, "restriction")));
        var adjustment = Adjustment(id);
        var factors = FactProjection.Map(
            _factors,
            PersonField,
            id,
            this,
            static (self, f) => new FactorFinding(f["factor"].AsText, self.Tables.FindCode("factors", f["factor"].AsText)?.Name, f["direction"].AsText, f["terms"].AsText, self._provenance.Of(f)));
        var tolerance = FactProjection.Map(
            _toleranceDenials,
            PersonField,
            id,
            this,
            static (self, t) => new ToleranceDenial(t["ground"].AsText, self.Tables.FindCode("factors", t["ground"].AsText)?.Name, self._provenance.Of(t)));
        var stillHandled = FactProjection.First(_stillHandled, PersonField, id) is { } stillHandledFact
            ? new StillHandled(stillHandledFact["status"].AsText, _provenance.Of(stillHandledFact))
            : null;
        var standards = FactProjection.Map(
            _standards,
            PersonField,
            id,
            this,
            static (self, d) => new DeductionStandard(d["source"].AsText, d["pay"].AsText, d["percent"].AsNullableNumber, d["note"].AsText, self._provenance.Of(d)));
        var (salary, term) = Deductions(sanction, sanctionSource);

        var sources = _sources;
        sources.Clear();
        sources.Add(responsibility?.Source);
        sources.Add(sanctionSource);
        sources.Add(adjustment?.Source);
        sources.Add(stillHandled?.Source);
        foreach (var restriction in restrictions)
        {
            sources.Add(restriction.Provenance);
        }

        foreach (var factor in factors)
        {
            sources.Add(factor.Source);
        }

        foreach (var denial in tolerance)
        {
            sources.Add(denial.Source);
        }

        foreach (var standard in standards)
        {
            sources.Add(standard.Provenance);
        }

        return new PersonResult
        {
            Id = id,
            Name = person["name"].AsNullableText,
            Role = role,
            RoleName = Tables.FindCode("roles", role)?.Name,
            Status = person["status"].AsText,
            StatusName = Tables.FindCode("personStatuses", person["status"].AsText)?.Name,
            Conduct = FactProjection.Map(_conduct, PersonField, id, this, static (self, c) => self.Conduct(c["code"].AsText)),
            Responsibility = responsibility,
            Measures = sanction is null ? [] : sanction["measures"].AsTextList,
            PerformanceSalaryDeduction = salary,
            TermIncentiveDeduction = term,
            LongTermIncentives = sanction?["longTermIncentives"].AsNullableText,
            NonePrescribed = sanction is not null && sanction["nonePrescribed"].AsBoolean,
            SanctionSource = sanctionSource,
            PromotionRestrictions = restrictions,
            Adjustment = adjustment,
            Factors = factors,
            ToleranceDenied = tolerance,
            StillHandled = stillHandled,
            DeductionStandards = standards,
            Notes = FactProjection.Map(_notes, "subject", id, (Self: this, Id: id), static (state, n) => new ResultNote(n["text"].AsText, state.Id, state.Self._provenance.Of(n))),
            Citations = _provenance.Citations(CollectionsMarshal.AsSpan(sources)),
        };
    }

    private ProjectionTables Tables => _ruleSet.Projection;

    private StatedConduct Conduct(string code)
    {
        var definition = Tables.FindCode("violations", code) ?? Tables.FindCode("conduct", code);
        return new StatedConduct(code, definition?.Name, definition?.English, definition?.Citation);
    }

    private ResponsibilityFinding? Responsibility(string person)
    {
        // Several would be a ruleset without a precedence rule: show the one of highest precedence (the first of them).
        Fact? chosen = null;
        var chosenRank = -1;
        foreach (var fact in _responsibilities)
        {
            if (fact["person"].AsText != person)
            {
                continue;
            }

            var rank = Rank(fact["responsibility"].AsText);
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

        var code = chosen["responsibility"].AsText;
        var definition = chosenRank >= 0 ? Definition.Responsibilities[chosenRank] : null;
        var source = _provenance.Of(chosen, "responsibilityBasis");
        return new ResponsibilityFinding(code, definition?.Name ?? code, definition?.English, chosen["basis"].AsText, source);
    }

    private Fact? Sanction(string person, string? responsibility)
    {
        Fact? first = null;
        foreach (var sanction in _sanctions)
        {
            if (sanction["person"].AsText != person)
            {
                continue;
            }

            if (sanction["responsibility"].AsText == responsibility)
            {
                return sanction;
            }

            first ??= sanction;
        }

        return first;
    }

    private static (PerformanceSalaryDeduction? Salary, TermIncentiveDeduction? Term) Deductions(Fact? sanction, Provenance? source)
    {
        if (sanction is null || source is null)
        {
            return (null, null);
        }

        var salaryMin = sanction["salaryMinPercent"].AsNullableNumber;
        var salaryMax = sanction["salaryMaxPercent"].AsNullableNumber;
        var termMin = sanction["termIncentiveMinPercent"].AsNullableNumber;
        var termMax = sanction["termIncentiveMaxPercent"].AsNullableNumber;
        var salary = salaryMin is null && salaryMax is null
            ? null
            : new PerformanceSalaryDeduction(salaryMin ?? 0m, salaryMax ?? 100m, salaryMax is not null && sanction["salaryMaxExclusive"].AsBoolean, source);
        var term = termMin is null && termMax is null
            ? null
            : new TermIncentiveDeduction(termMin ?? 0m, termMax ?? 100m, sanction["salaryDeferred"].AsBoolean, source);
        return (salary, term);
    }

    private SanctionAdjustment? Adjustment(string person)
    {
        if (FactProjection.First(_adjustments, PersonField, person) is not { } fact)
        {
            return null;
        }

        var source = _provenance.Of(fact);
        var policy = source.PolicyIds.IsEmpty ? null : Tables.Policy(source.PolicyIds[0]);
        return new SanctionAdjustment(fact["direction"].AsText, fact["terms"].AsText, fact["effect"].AsText, policy, source);
    }

    private int Rank(string responsibility)
    {
        for (var i = 0; i < Definition.Responsibilities.Length; i++)
        {
            if (Definition.Responsibilities[i].Code == responsibility)
            {
                return i;
            }
        }

        return -1;
    }
}
