using System.Collections.Frozen;
using System.Collections.Immutable;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Facts.Definitions;
using Accountability.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Evaluation;

/// <summary>Projects a fired session into a <see cref="CaseResult"/>. One instance per evaluation.</summary>
internal sealed class ResultProjector
{
    private const string LossSeveritySubject = "lossSeverity";
    private const string AuthoritySubject = "authority";

    /// <summary>The derived types the result shows in its own parts (or uses only as premises of those); every other derived type but a step (<see cref="FactSchema.Step"/>) is a <see cref="Conclusion"/>.</summary>
    private static readonly FrozenSet<string> ProjectedTypes = ((string[])
    [
        "countedLoss", "excludedLoss", "lossTotal", "tierCriterion", "lossTier", "responsibilityBasis",
        "personResponsibility", "sanction", "factorFinding", "toleranceDenied", "adjustment", "restriction",
        "promotionRestriction", "authority", "scopeFlag", "stillHandled", "deductionStandard", "note",
        .. DocumentFiller.Types,
    ]).ToFrozenSet(StringComparer.Ordinal);

    private readonly CompiledRuleSet _ruleSet;
    private readonly ISession _session;
    private readonly IReadOnlyList<Fact> _input;
    private readonly LocalDate _decidedOn;
    private readonly ProvenanceBuilder _provenance;
    private readonly SessionFacts _facts;

    public ResultProjector(CompiledRuleSet ruleSet, ISession session, IReadOnlyList<Fact> input, LocalDate decidedOn)
    {
        _ruleSet = ruleSet;
        _session = session;
        _input = input;
        _decidedOn = decidedOn;
        _provenance = new ProvenanceBuilder(session, ruleSet);
        _facts = new SessionFacts(ruleSet.Catalog, session);
    }

    private RuleSetDefinition Definition => _ruleSet.Definition;

    /// <summary>The result for a decision date on which the ruleset is not in force.</summary>
    public static CaseResult NotInForce(RuleSetDefinition definition, LocalDate decidedOn)
    {
        var period = definition.InForceTo is { } to
            ? $"from {Iso(definition.InForceFrom)} to {Iso(to)} inclusive"
            : $"from {Iso(definition.InForceFrom)}";
        var source = definition.InForceCitation is { } citation ? new Provenance([], [citation], []) : Provenance.None;
        return Header(definition, decidedOn) with
        {
            Status = CaseStatus.NotInForce,
            Notes = [new ResultNote($"The ruleset {definition.Id} is in force {period}; the decision date {Iso(decidedOn)} is outside that period, so the case was not evaluated.", null, source)],
        };
    }

    public CaseResult Project()
    {
        var notes = Facts("note");
        var scopeFlags = Facts("scopeFlag")
            .Select(f => new ScopeFlag(f["code"].AsText, Definition.FindCode("circumstances", f["code"].AsText)?.Name, f["note"].AsText, _provenance.Of(f), f["subject"].AsNullableText))
            .ToImmutableArray();
        var persons = new PersonProjector(_ruleSet, _facts, _provenance);
        var personFacts = _input.Where(f => f.Schema.Name == "person").Order(FactValueOrder.Instance).ToList();
        var personIds = personFacts.Select(p => p["id"].AsText).ToHashSet(StringComparer.Ordinal);
        var handling = Handling(notes.Where(n => n["subject"].AsNullableText == AuthoritySubject));
        bool IsCaseNote(Fact note) => note["subject"].AsNullableText switch
        {
            LossSeveritySubject => false,
            AuthoritySubject => handling is null,
            { } subject => !personIds.Contains(subject),
            null => true,
        };

        var gaps = Facts(AccountabilityFacts.CalendarGapType);
        var explanation = Explanation();
        return Header(Definition, _decidedOn) with
        {
            Status = !gaps.IsEmpty ? CaseStatus.Incomplete : Status(scopeFlags),
            LossSeverity = LossSeverity(notes.Where(n => n["subject"].AsNullableText == LossSeveritySubject)),
            Handling = handling,
            Persons = [.. personFacts.Select(persons.Project)],
            ScopeFlags = scopeFlags,
            Notes = [.. notes.Where(IsCaseNote).Select(Note), .. gaps.Select(CalendarGapNote)],
            Conclusions = Conclusions(),
            Documents = DocumentFiller.Fill(Facts("documentLine"), Facts("documentField"), _provenance),
            Policies = Policies(),
            Explanation = explanation,
            NearMisses = NearMisses(explanation),
        };
    }

    /// <summary>
    /// A flag concerns what it names. A flag on the whole case (no subject) puts the case out of
    /// scope, and so do flags that name every part of their kind (every matter of the case);
    /// flags on some parts only leave those out while the rest is evaluated.
    /// </summary>
    private CaseStatus Status(ImmutableArray<ScopeFlag> scopeFlags)
    {
        if (scopeFlags.IsEmpty)
        {
            return CaseStatus.Evaluated;
        }

        var subjects = scopeFlags.Select(f => f.Subject).ToHashSet(StringComparer.Ordinal);
        if (subjects.Contains(null))
        {
            return CaseStatus.OutOfScope;
        }

        var flaggedKinds = _input.Where(f => IdOf(f) is { } id && subjects.Contains(id)).Select(f => f.Schema.Name).ToHashSet(StringComparer.Ordinal);
        var somePartLeft = _input.Any(f => flaggedKinds.Contains(f.Schema.Name) && !subjects.Contains(IdOf(f)));
        return somePartLeft ? CaseStatus.EvaluatedWithExclusions : CaseStatus.OutOfScope;

        static string? IdOf(Fact fact) => fact.Schema.TryGetField("id", out _) ? fact["id"].AsNullableText : null;
    }

    private static CaseResult Header(RuleSetDefinition definition, LocalDate decidedOn) => new()
    {
        RuleSetId = definition.Id,
        RuleSetVersion = definition.Version,
        RuleSetTitle = definition.Title,
        Parents = definition.Parents.IsDefault ? [] : definition.Parents,
        ContentHash = definition.ContentHash,
        InForceFrom = definition.InForceFrom,
        InForceTo = definition.InForceTo,
        Currency = definition.Currency,
        PrimaryDocumentId = definition.Documents.IsDefaultOrEmpty ? definition.Id : definition.Documents[0].Id,
        DecidedOn = decidedOn,
        Status = CaseStatus.Evaluated,
        LossSeverity = Evaluation.LossSeverity.None,
        Persons = [],
        ScopeFlags = [],
        Notes = [],
        Policies = [],
        Explanation = [],
    };

    private LossSeverity LossSeverity(IEnumerable<Fact> notes)
    {
        var totals = Facts("lossTotal");
        var criteria = Facts("tierCriterion");
        var tiers = Facts("lossTier");
        var tier = tiers.OrderByDescending(t => t["rank"].AsNumber).FirstOrDefault();
        var total = totals.FirstOrDefault();
        var tierCode = tier?["tier"].AsText;
        var tierDefinition = tierCode is null ? null : Definition.Tiers.FirstOrDefault(t => t.Code == tierCode);
        var source = _provenance.Of(totals.Concat(criteria).Concat(tiers));
        var losses = _input.Where(f => f.Schema.Name == "loss").ToDictionary(f => f["id"].AsText, StringComparer.Ordinal);
        string? Description(string id) => losses.TryGetValue(id, out var loss) ? loss["description"].AsNullableText : null;
        return new LossSeverity
        {
            Tier = tierCode,
            TierName = tierDefinition?.Name,
            TierEnglish = tierDefinition?.English,
            TierRank = tier is null ? 0 : (int)tier["rank"].AsNumber,
            TotalLoss = total?["amount"].AsNumber ?? 0m,
            Assets = total?["assets"].AsNullableNumber,
            AssetRatioPercent = total?["assetRatioPercent"].AsNullableNumber,
            CriteriaMet = [.. criteria.Select(c => new TierCriterionMet(
                c["tier"].AsText,
                Definition.Tiers.FirstOrDefault(t => t.Code == c["tier"].AsText)?.Name ?? c["tier"].AsText,
                (int)c["rank"].AsNumber,
                c["criterion"].AsText,
                _provenance.Of(c)))],
            CountedLosses = [.. Facts("countedLoss").Select(c => new CountedLoss(c["loss"].AsText, c["amount"].AsNumber, c["kind"].AsText, Description(c["loss"].AsText), _provenance.Of(c)))],
            ExcludedLosses = [.. Facts("excludedLoss").Select(e => new ExcludedLoss(e["loss"].AsText, e["amount"].AsNumber, e["reason"].AsText, Description(e["loss"].AsText), _provenance.Of(e)))],
            Notes = [.. notes.Select(Note)],
            TierSource = _provenance.Of(tiers),
            TotalSource = _provenance.Of(totals),
            Citations = source.Citations,
            PolicyIds = source.PolicyIds,
        };
    }

    /// <summary>
    /// Who handles the matter. Where rules found several grounds, their reasons are listed together;
    /// should both authorities be derived, the supervising body (<c>sasac</c>) prevails, as it may
    /// always take over a matter (Yibin Art. 36).
    /// </summary>
    private Handling? Handling(IEnumerable<Fact> notes)
    {
        var facts = Facts("authority");
        if (facts.IsEmpty)
        {
            return null;
        }

        var authority = facts.Any(f => f["authority"].AsText == "sasac") ? "sasac" : facts[0]["authority"].AsText;
        var chosen = facts.Where(f => f["authority"].AsText == authority).ToList();
        var definition = Definition.FindCode("authorities", authority);
        return new Handling(authority, [.. chosen.Select(f => f["reason"].AsText).Distinct(StringComparer.Ordinal)], [.. notes.Select(Note)], _provenance.Of(chosen))
        {
            AuthorityName = definition?.Name,
            AuthorityEnglish = definition?.English,
        };
    }

    /// <summary>The generic conclusions: by fact type in catalogue order, then in the canonical order of their values.</summary>
    private ImmutableArray<Conclusion> Conclusions() =>
    [
        .. _ruleSet.Catalog.Types
            .Where(t => t.Origin == FactOrigin.Derived && !t.Step && !ProjectedTypes.Contains(t.Name))
            .SelectMany(t => _facts.Of(t.Name))
            .Select(f => new Conclusion(
                f.Schema.Name,
                f.Schema.Description,
                [.. f.Schema.Fields.Where(field => !f[field.Index].IsNull).Select(field => new ConclusionField(field.Name, f[field.Index]))],
                _provenance.Of(f))),
    ];

    /// <summary>
    /// The policies of the rules behind the derived facts now held, in the ruleset's order: those of
    /// the firings that were not withdrawn, whether or not the explanation was recorded. A step
    /// (<see cref="FactSchema.Step"/>) counts only through a fact drawn from it.
    /// </summary>
    private ImmutableArray<PolicyDefinition> Policies()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in _ruleSet.Catalog.Types.Where(t => t.Origin == FactOrigin.Derived && !t.Step))
        {
            foreach (var fact in _session.Query(type.Name))
            {
                Use(fact);
            }
        }

        return [.. Definition.Policies.Where(p => used.Contains(p.Id))];

        void Use(Fact fact)
        {
            foreach (var derivation in _session.Derivations(fact))
            {
                if (derivation.Rule.PolicyId is { } id)
                {
                    used.Add(id);
                }

                foreach (var step in derivation.Matched.Where(m => m.Schema.Step))
                {
                    Use(step);
                }
            }
        }
    }

    /// <summary>
    /// The note that says which conclusion a missing calendar year left out, in the words of the
    /// diagnostic a working-day question about that year gives (ACR0902), with its hint.
    /// </summary>
    private ResultNote CalendarGapNote(Fact gap)
    {
        var year = (int)gap["year"].AsNumber;
        var years = _ruleSet.Calendar?.Years ?? [];
        var missing = EvaluationDiagnostics.CalendarYearMissing.At(
            null, gap["calendar"].AsText, year, years.IsEmpty ? year : years[0].Year, years.IsEmpty ? year : years[^1].Year);
        return new(
            $"Not fully evaluated: {gap["conclusion"].AsText}.{gap["field"].AsText} counts working days in {year}, and {missing.Message} ({missing.Id}; {missing.Hint}).",
            null,
            _provenance.Of(gap));
    }

    private ResultNote Note(Fact note) => new(note["text"].AsText, note["subject"].AsNullableText, _provenance.Of(note));

    private ImmutableArray<ExplanationEntry> Explanation()
    {
        var trace = _session.Explain();
        var withdrawn = trace.Withdrawals.Select(w => w.Firing).ToHashSet();
        return [.. trace.Firings.Select(f => new ExplanationEntry(
            f.Sequence,
            f.Rule.Id,
            f.Rule.Title,
            f.Rule.Citation,
            Policy(f.Rule),
            [.. f.Matched.Select(m => m.ToString())],
            [.. f.Asserted.Select(a => a.ToString())],
            withdrawn.Contains(f.Sequence)))];
    }

    /// <summary>
    /// The near misses of the rules that did not fire, in the ruleset's order, then the facts' canonical
    /// order; found only with the explanation (whose firings tell which rules fired).
    /// </summary>
    private ImmutableArray<NearMiss> NearMisses(ImmutableArray<ExplanationEntry> explanation)
    {
        if (explanation.IsEmpty)
        {
            return [];
        }

        var fired = explanation.Where(e => !e.Withdrawn).Select(e => e.RuleId).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. _ruleSet.NearMissProbes.Find(fired, Facts).Select(m => new NearMiss(
                m.Rule.Id,
                m.Rule.Title,
                m.Rule.Citation,
                Policy(m.Rule),
                m.Fact.ToString(),
                m.Threshold.Field,
                m.Threshold.Operator,
                m.Threshold.Constant,
                m.Actual)),
        ];
    }

    private PolicyReference? Policy(RuleDefinition rule) =>
        rule.PolicyId is { } id ? new PolicyReference(id, Definition.FindPolicy(id)?.Title ?? id) : null;

    private ImmutableArray<Fact> Facts(string type) => _facts.Of(type);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
