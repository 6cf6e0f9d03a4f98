using System.Collections.Immutable;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>Projects the derived facts about one person into a <see cref="PersonResult"/>.</summary>
internal sealed class PersonProjector
{
    private readonly CompiledRuleSet _ruleSet;
    private readonly SessionFacts _facts;
    private readonly ProvenanceBuilder _provenance;

    public PersonProjector(CompiledRuleSet ruleSet, SessionFacts facts, ProvenanceBuilder provenance)
    {
        _ruleSet = ruleSet;
        _facts = facts;
        _provenance = provenance;
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
            For("promotionRestriction", id),
            this,
            static (self, r) => new PromotionRestriction(r["kind"].AsText, r["measure"].AsText, r["lastDay"].AsDate, r["source"].AsText, self._provenance.Of(r, "restriction")));
        var adjustment = Adjustment(id);
        var factors = FactProjection.Map(
            For("factorFinding", id),
            this,
            static (self, f) => new FactorFinding(f["factor"].AsText, self.Tables.FindCode("factors", f["factor"].AsText)?.Name, f["direction"].AsText, f["terms"].AsText, self._provenance.Of(f)));
        var tolerance = FactProjection.Map(
            For("toleranceDenied", id),
            this,
            static (self, t) => new ToleranceDenial(t["ground"].AsText, self.Tables.FindCode("factors", t["ground"].AsText)?.Name, self._provenance.Of(t)));
        var stillHandledFacts = For("stillHandled", id);
        var stillHandled = stillHandledFacts.IsEmpty ? null : new StillHandled(stillHandledFacts[0]["status"].AsText, _provenance.Of(stillHandledFacts[0]));
        var standards = FactProjection.Map(
            For("deductionStandard", id),
            this,
            static (self, d) => new DeductionStandard(d["source"].AsText, d["pay"].AsText, d["percent"].AsNullableNumber, d["note"].AsText, self._provenance.Of(d)));
        var (salary, term) = Deductions(sanction, sanctionSource);

        var sources = new Provenance?[4 + restrictions.Length + factors.Length + tolerance.Length + standards.Length];
        sources[0] = responsibility?.Source;
        sources[1] = sanctionSource;
        sources[2] = adjustment?.Source;
        sources[3] = stillHandled?.Source;
        var next = 4;
        foreach (var restriction in restrictions)
        {
            sources[next++] = restriction.Provenance;
        }

        foreach (var factor in factors)
        {
            sources[next++] = factor.Source;
        }

        foreach (var denial in tolerance)
        {
            sources[next++] = denial.Source;
        }

        foreach (var standard in standards)
        {
            sources[next++] = standard.Provenance;
        }

        return new PersonResult
        {
            Id = id,
            Name = person["name"].AsNullableText,
            Role = role,
            RoleName = Tables.FindCode("roles", role)?.Name,
            Status = person["status"].AsText,
            StatusName = Tables.FindCode("personStatuses", person["status"].AsText)?.Name,
            Conduct = FactProjection.Map(For("conduct", id), this, static (self, c) => self.Conduct(c["code"].AsText)),
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
            Notes = FactProjection.Map(For("note", id, "subject"), (Self: this, Id: id), static (state, n) => new ResultNote(n["text"].AsText, state.Id, state.Self._provenance.Of(n))),
            Citations = _provenance.Citations(sources),
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
        var facts = For("personResponsibility", person);
        if (facts.IsEmpty)
        {
            return null;
        }

        // Several would be a ruleset without a precedence rule: show the one of highest precedence (the first of them).
        var chosen = facts[0];
        var chosenRank = Rank(chosen["responsibility"].AsText);
        for (var i = 1; i < facts.Length; i++)
        {
            var rank = Rank(facts[i]["responsibility"].AsText);
            if (rank > chosenRank)
            {
                chosen = facts[i];
                chosenRank = rank;
            }
        }

        var code = chosen["responsibility"].AsText;
        var definition = chosenRank >= 0 ? Definition.Responsibilities[chosenRank] : null;
        var source = _provenance.Of(chosen, "responsibilityBasis");
        return new ResponsibilityFinding(code, definition?.Name ?? code, definition?.English, chosen["basis"].AsText, source);
    }

    private Fact? Sanction(string person, string? responsibility)
    {
        var facts = For("sanction", person);
        foreach (var sanction in facts)
        {
            if (sanction["responsibility"].AsText == responsibility)
            {
                return sanction;
            }
        }

        return facts.IsEmpty ? null : facts[0];
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
        var facts = For("adjustment", person);
        if (facts.IsEmpty)
        {
            return null;
        }

        var fact = facts[0];
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

    private ImmutableArray<Fact> For(string type, string person, string field = "person") =>
        FactProjection.Where(_facts.Of(type), field, person);
}
