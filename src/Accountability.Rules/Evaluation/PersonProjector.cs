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
        var restrictions = For("promotionRestriction", id)
            .Select(r => new PromotionRestriction(r["kind"].AsText, r["measure"].AsText, r["lastDay"].AsDate, r["source"].AsText, _provenance.Of(r, "restriction")))
            .ToImmutableArray();
        var adjustment = Adjustment(id);
        var factors = For("factorFinding", id)
            .Select(f => new FactorFinding(f["factor"].AsText, Definition.FindCode("factors", f["factor"].AsText)?.Name, f["direction"].AsText, f["terms"].AsText, _provenance.Of(f)))
            .ToImmutableArray();
        var tolerance = For("toleranceDenied", id)
            .Select(t => new ToleranceDenial(t["ground"].AsText, Definition.FindCode("factors", t["ground"].AsText)?.Name, _provenance.Of(t)))
            .ToImmutableArray();
        var stillHandled = For("stillHandled", id).Select(s => new StillHandled(s["status"].AsText, _provenance.Of(s))).FirstOrDefault();
        var standards = For("deductionStandard", id)
            .Select(d => new DeductionStandard(d["source"].AsText, d["pay"].AsText, d["percent"].AsNullableNumber, d["note"].AsText, _provenance.Of(d)))
            .ToImmutableArray();
        var (salary, term) = Deductions(sanction, sanctionSource);

        IEnumerable<Provenance?> sources =
        [
            responsibility?.Source,
            sanctionSource,
            adjustment?.Source,
            stillHandled?.Source,
            .. restrictions.Select(r => r.Provenance),
            .. factors.Select(f => f.Source),
            .. tolerance.Select(t => t.Source),
            .. standards.Select(s => s.Provenance),
        ];

        return new PersonResult
        {
            Id = id,
            Name = person["name"].AsNullableText,
            Role = role,
            RoleName = Definition.FindCode("roles", role)?.Name,
            Status = person["status"].AsText,
            StatusName = Definition.FindCode("personStatuses", person["status"].AsText)?.Name,
            Conduct = [.. For("conduct", id).Select(c => Conduct(c["code"].AsText))],
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
            Notes = [.. For("note", id, "subject").Select(n => new ResultNote(n["text"].AsText, id, _provenance.Of(n)))],
            Citations = _provenance.Citations(sources),
        };
    }

    private StatedConduct Conduct(string code)
    {
        var definition = Definition.FindCode("violations", code) ?? Definition.FindCode("conduct", code);
        return new StatedConduct(code, definition?.Name, definition?.English, definition?.Citation);
    }

    private ResponsibilityFinding? Responsibility(string person)
    {
        var facts = For("personResponsibility", person);
        if (facts.Count == 0)
        {
            return null;
        }

        // Several would be a ruleset without a precedence rule: show the one of highest precedence.
        var chosen = facts.OrderByDescending(f => Rank(f["responsibility"].AsText)).First();
        var code = chosen["responsibility"].AsText;
        var definition = Definition.Responsibilities.FirstOrDefault(r => r.Code == code);
        var source = _provenance.Of(chosen, "responsibilityBasis");
        return new ResponsibilityFinding(code, definition?.Name ?? code, definition?.English, chosen["basis"].AsText, source);
    }

    private Fact? Sanction(string person, string? responsibility)
    {
        var facts = For("sanction", person);
        return facts.FirstOrDefault(s => s["responsibility"].AsText == responsibility) ?? facts.FirstOrDefault();
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
        var fact = For("adjustment", person).FirstOrDefault();
        if (fact is null)
        {
            return null;
        }

        var source = _provenance.Of(fact);
        var policyId = source.PolicyIds.FirstOrDefault();
        var policy = policyId is null ? null : new PolicyReference(policyId, Definition.FindPolicy(policyId)?.Title ?? policyId);
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

    private List<Fact> For(string type, string person, string field = "person") =>
        [.. _facts.Of(type).Where(f => f[field].AsNullableText == person)];

}
