using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Facts.Definitions;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// Projects a fired session into a <see cref="CaseResult"/>. One evaluation at a time; reused case
/// after case (<see cref="CompiledRuleSet.RentProjector"/>): its working lists are kept, and it holds
/// nothing of a case once the case's result is projected. The results it makes share nothing with it.
/// </summary>
internal sealed class ResultProjector
{
    private const string LossSeveritySubject = "lossSeverity";
    private const string AuthoritySubject = "authority";

    /// <summary>The derived types the result shows in its own parts (or uses only as premises of those); every other derived type but a step (<see cref="FactSchema.Step"/>) is a <see cref="Conclusion"/>.</summary>
    internal static readonly FrozenSet<string> ProjectedTypes = ((string[])
    [
        "countedLoss", "excludedLoss", "lossTotal", "tierCriterion", "lossTier", "responsibilityBasis",
        "personResponsibility", "sanction", "factorFinding", "toleranceDenied", "adjustment", "restriction",
        "promotionRestriction", "authority", "scopeFlag", "stillHandled", "deductionStandard", "note",
        .. DocumentFiller.Types,
    ]).ToFrozenSet(StringComparer.Ordinal);

    private readonly CompiledRuleSet _ruleSet;
    private readonly ProvenanceBuilder _provenance;
    private readonly SessionFacts _facts;
    private readonly PersonProjector _persons;

    /// <summary>Where document lines are filled (<see cref="DocumentFiller"/>).</summary>
    private readonly StringBuilder _text = new();

    /// <summary>The case's losses by id, filled when the loss severity names them (<see cref="InputLosses"/>).</summary>
    private readonly Dictionary<string, Fact> _losses = new(StringComparer.Ordinal);

    // The case being projected (set by Project, cleared after).
    private ISession _session = null!;
    private ImmutableArray<Fact> _input;
    private LocalDate _decidedOn;

    /// <summary>Whether the session recorded the explanation (<see cref="EvaluationOptions.Explain"/>): without it, its trace is not read.</summary>
    private bool _explain;

    /// <summary>The facts written as text for the explanation so far; emptied after each evaluation, its room kept for the next.</summary>
    private readonly FactIdentityMap<string> _texts = new();

    public ResultProjector(CompiledRuleSet ruleSet)
    {
        _ruleSet = ruleSet;
        _provenance = new ProvenanceBuilder(ruleSet);
        _facts = new SessionFacts(ruleSet.Projection, ruleSet.Catalog);
        _persons = new PersonProjector(ruleSet, _facts, _provenance);
    }

    private RuleSetDefinition Definition => _ruleSet.Definition;

    /// <summary>The result for a decision date on which the ruleset is not in force.</summary>
    public static CaseResult NotInForce(CompiledRuleSet ruleSet, LocalDate decidedOn)
    {
        var tables = ruleSet.Projection;
        return tables.Header with
        {
            DecidedOn = decidedOn,
            Status = CaseStatus.NotInForce,
            Notes = [new ResultNote($"The ruleset {ruleSet.Definition.Id} is in force {tables.InForcePeriod}; the decision date {Iso(decidedOn)} is outside that period, so the case was not evaluated.", null, tables.InForceSource)],
        };
    }

    /// <summary>The period a ruleset is in force, as the note of a case outside it says (made once per ruleset: <see cref="ProjectionTables.InForcePeriod"/>).</summary>
    internal static string InForcePeriod(RuleSetDefinition definition) => definition.InForceTo is { } to
        ? $"from {Iso(definition.InForceFrom)} to {Iso(to)} inclusive"
        : $"from {Iso(definition.InForceFrom)}";

    /// <summary>The provenance of the note of a case outside the period: the article that sets the period, if any (made once per ruleset: <see cref="ProjectionTables.InForceSource"/>).</summary>
    internal static Provenance InForceSource(RuleSetDefinition definition) =>
        definition.InForceCitation is { } citation ? new Provenance([], [citation], []) : Provenance.None;

    /// <summary>Projects a fired session of a case; it is left as it was, and nothing of the case is kept here after.</summary>
    /// <param name="session">The fired session.</param>
    /// <param name="input">The case's input facts.</param>
    /// <param name="decidedOn">The decision date.</param>
    /// <param name="explain">Whether the session recorded the explanation.</param>
    public CaseResult Project(ISession session, ImmutableArray<Fact> input, LocalDate decidedOn, bool explain)
    {
        _session = session;
        _input = input;
        _decidedOn = decidedOn;
        _explain = explain;
        _provenance.Start(session);
        _facts.Start(session);
        try
        {
            return Project();
        }
        finally
        {
            _session = null!;
            _input = default;
            _texts.Clear();
            // A very large case's losses are not kept room for.
            var trim = _losses.Count > SessionFacts.KeptRoom;
            _losses.Clear();
            _text.Clear();
            if (trim)
            {
                _losses.TrimExcess();
            }

            _provenance.Finish();
            _facts.Finish();
            _persons.Finish();
        }
    }

    private CaseResult Project()
    {
        var notes = _facts.Of(Types.Note.Schema);
        var scopeFlags = FactProjection.Map(_facts.Of(Types.ScopeFlag.Schema), this, static (self, f) => self.ScopeFlag(f));
        var personFacts = InputPersons();
        var handling = Handling(FactProjection.Where(notes, Types.Note.Subject, AuthoritySubject));
        var caseNotes = CaseNotes(notes, personFacts, handling is null);
        var gaps = _facts.Of(Types.CalendarGap);
        var explanation = Explanation();
        return Tables.Header with
        {
            DecidedOn = _decidedOn,
            Status = !gaps.IsEmpty ? CaseStatus.Incomplete : Status(scopeFlags),
            LossSeverity = LossSeverity(FactProjection.Where(notes, Types.Note.Subject, LossSeveritySubject)),
            Handling = handling,
            Persons = _persons.Project(personFacts),
            ScopeFlags = scopeFlags,
            Notes = Notes(caseNotes, gaps),
            Conclusions = Conclusions(),
            Documents = DocumentFiller.Fill(_facts.Of(Types.DocumentLine), _facts.Of(Types.DocumentField), Tables, _provenance, _text),
            Policies = Policies(),
            Explanation = explanation,
            NearMisses = NearMisses(explanation),
        };
    }

    private ProjectionTables Tables => _ruleSet.Projection;

    private ProjectedTypes Types => _ruleSet.Projection.Types;

    private ScopeFlag ScopeFlag(Fact flag)
    {
        var type = Types.ScopeFlag;
        var code = flag[type.Code].AsText;
        return new ScopeFlag(code, Tables.Circumstances.Find(code)?.Name, flag[type.Note].AsText, _provenance.Of(flag), flag[type.Subject].AsNullableText);
    }

    /// <summary>The case's persons, in canonical order.</summary>
    private FactList InputPersons() => _facts.OfInput(_input, Types.Person.Schema);

    /// <summary>
    /// The notes on the case itself: not on the loss severity, not on a person of the case, and on
    /// the authority only when no handling body was found (else they go with <see cref="Handling"/>).
    /// </summary>
    private FactList CaseNotes(FactList notes, FactList persons, bool noHandling)
    {
        if (notes.IsEmpty)
        {
            return notes;
        }

        var subjectIndex = Types.Note.Subject;
        var personId = Types.Person.Id;
        var kept = new Fact[notes.Length];
        var count = 0;
        foreach (var note in notes)
        {
            var keep = note[subjectIndex].AsNullableText switch
            {
                LossSeveritySubject => false,
                AuthoritySubject => noHandling,
                { } subject => !IsPerson(persons, personId, subject),
                null => true,
            };
            if (keep)
            {
                kept[count++] = note;
            }
        }

        return count == notes.Length ? notes : new FactList(kept, 0, count);

        static bool IsPerson(FactList persons, int idIndex, string id)
        {
            foreach (var person in persons)
            {
                if (person[idIndex].AsText == id)
                {
                    return true;
                }
            }

            return false;
        }
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

        var subjects = new HashSet<string>(scopeFlags.Length, StringComparer.Ordinal);
        foreach (var flag in scopeFlags)
        {
            if (flag.Subject is null)
            {
                return CaseStatus.OutOfScope;
            }

            subjects.Add(flag.Subject);
        }

        var flaggedKinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in _input)
        {
            if (IdOf(fact) is { } id && subjects.Contains(id))
            {
                flaggedKinds.Add(fact.Schema.Name);
            }
        }

        foreach (var fact in _input)
        {
            if (flaggedKinds.Contains(fact.Schema.Name) && (IdOf(fact) is not { } id || !subjects.Contains(id)))
            {
                return CaseStatus.EvaluatedWithExclusions;
            }
        }

        return CaseStatus.OutOfScope;

        static string? IdOf(Fact fact) => fact.Schema.TryGetField("id", out _) ? fact["id"].AsNullableText : null;
    }

    /// <summary>A result with the ruleset's parts and nothing evaluated.</summary>
    internal static CaseResult Header(RuleSetDefinition definition, LocalDate decidedOn) => new()
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

    private LossSeverity LossSeverity(FactList notes)
    {
        var types = Types;
        var totals = _facts.Of(types.LossTotal.Schema);
        var criteria = _facts.Of(types.TierCriterion.Schema);
        var tiers = _facts.Of(types.LossTier.Schema);
        var counted = _facts.Of(types.CountedLoss.Schema);
        var excluded = _facts.Of(types.ExcludedLoss.Schema);
        if (totals.IsEmpty && criteria.IsEmpty && tiers.IsEmpty && counted.IsEmpty && excluded.IsEmpty && notes.IsEmpty)
        {
            // A case without losses: the shared empty severity, equal to what the parts would give.
            return Evaluation.LossSeverity.None;
        }

        Fact? tier = null;
        foreach (var candidate in tiers)
        {
            // The first of the highest rank.
            if (tier is null || candidate[types.LossTier.Rank].AsNumber > tier[types.LossTier.Rank].AsNumber)
            {
                tier = candidate;
            }
        }

        var total = totals.IsEmpty ? null : totals[0];
        var tierCode = tier?[types.LossTier.Tier].AsText;
        var tierDefinition = tierCode is null ? null : Tables.Tier(tierCode);
        var source = _provenance.Of(totals.AsSpan(), criteria.AsSpan(), tiers.AsSpan());
        var losses = counted.IsEmpty && excluded.IsEmpty ? null : InputLosses();
        return new LossSeverity
        {
            Tier = tierCode,
            TierName = tierDefinition?.Name,
            TierEnglish = tierDefinition?.English,
            TierRank = tier is null ? 0 : (int)tier[types.LossTier.Rank].AsNumber,
            TotalLoss = total?[types.LossTotal.Amount].AsNumber ?? 0m,
            Assets = total?[types.LossTotal.Assets].AsNullableNumber,
            AssetRatioPercent = total?[types.LossTotal.AssetRatioPercent].AsNullableNumber,
            CriteriaMet = FactProjection.Map(criteria, this, static (self, c) => self.CriterionMet(c)),
            CountedLosses = FactProjection.Map(counted, (Self: this, Losses: losses), static (state, c) => state.Self.CountedLoss(c, state.Losses)),
            ExcludedLosses = FactProjection.Map(excluded, (Self: this, Losses: losses), static (state, e) => state.Self.ExcludedLoss(e, state.Losses)),
            Notes = FactProjection.Map(notes, this, static (self, n) => self.Note(n)),
            TierSource = _provenance.Of(tiers),
            TotalSource = _provenance.Of(totals),
            Citations = source.Citations,
            PolicyIds = source.PolicyIds,
        };

    }

    private TierCriterionMet CriterionMet(Fact criterion)
    {
        var type = Types.TierCriterion;
        var tier = criterion[type.Tier].AsText;
        return new TierCriterionMet(tier, Tables.Tier(tier)?.Name ?? tier, (int)criterion[type.Rank].AsNumber, criterion[type.Criterion].AsText, _provenance.Of(criterion));
    }

    private CountedLoss CountedLoss(Fact counted, Dictionary<string, Fact>? losses)
    {
        var type = Types.CountedLoss;
        var loss = counted[type.Loss].AsText;
        return new CountedLoss(loss, counted[type.Amount].AsNumber, counted[type.Text].AsText, Description(losses, loss), _provenance.Of(counted));
    }

    private ExcludedLoss ExcludedLoss(Fact excluded, Dictionary<string, Fact>? losses)
    {
        var type = Types.ExcludedLoss;
        var loss = excluded[type.Loss].AsText;
        return new ExcludedLoss(loss, excluded[type.Amount].AsNumber, excluded[type.Text].AsText, Description(losses, loss), _provenance.Of(excluded));
    }

    private string? Description(Dictionary<string, Fact>? losses, string id) =>
        losses is not null && losses.TryGetValue(id, out var loss) ? loss[Types.Loss.Description].AsNullableText : null;

    /// <summary>The case's losses by id (the first of an id).</summary>
    private Dictionary<string, Fact> InputLosses()
    {
        var type = Types.Loss;
        var losses = _losses;
        losses.Clear();
        foreach (var fact in _input)
        {
            if (fact.Schema == type.Schema)
            {
                losses.Add(fact[type.Id].AsText, fact);
            }
        }

        return losses;
    }

    /// <summary>
    /// Who handles the matter. Where rules found several grounds, their reasons are listed together;
    /// should both authorities be derived, the supervising body (<c>sasac</c>) prevails, as it may
    /// always take over a matter (Yibin Art. 36).
    /// </summary>
    private Handling? Handling(FactList notes)
    {
        var type = Types.Authority;
        var facts = _facts.Of(type.Schema);
        if (facts.IsEmpty)
        {
            return null;
        }

        var authority = facts[0][type.Authority].AsText;
        foreach (var fact in facts)
        {
            if (fact[type.Authority].AsText == "sasac")
            {
                authority = "sasac";
            }
        }

        var chosen = FactProjection.Where(facts, type.Authority, authority);
        var reasons = new string[chosen.Length];
        var count = 0;
        foreach (var fact in chosen)
        {
            var reason = fact[type.Reason].AsText;
            if (Array.IndexOf(reasons, reason, 0, count) < 0)
            {
                reasons[count++] = reason;
            }
        }

        if (count < reasons.Length)
        {
            Array.Resize(ref reasons, count);
        }

        var definition = Tables.Authorities.Find(authority);
        return new Handling(authority, ImmutableCollectionsMarshal.AsImmutableArray(reasons), FactProjection.Map(notes, this, static (self, n) => self.Note(n)), _provenance.Of(chosen))
        {
            AuthorityName = definition?.Name,
            AuthorityEnglish = definition?.English,
        };
    }

    /// <summary>The generic conclusions: by fact type in catalogue order, then in the canonical order of their values.</summary>
    private ImmutableArray<Conclusion> Conclusions()
    {
        var count = 0;
        foreach (var type in Tables.ConclusionTypes)
        {
            count += _facts.Of(type).Length;
        }

        if (count == 0)
        {
            return [];
        }

        var conclusions = new Conclusion[count];
        var next = 0;
        foreach (var type in Tables.ConclusionTypes)
        {
            foreach (var fact in _facts.Of(type))
            {
                conclusions[next++] = Conclusion(fact);
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(conclusions);
    }

    private Conclusion Conclusion(Fact fact) => new(fact, _provenance.Of(fact));

    /// <summary>
    /// The policies of the rules behind the derived facts now held, in the ruleset's order: those of
    /// the firings that were not withdrawn, whether or not the explanation was recorded. A step
    /// (<see cref="FactSchema.Step"/>) counts only through a fact drawn from it.
    /// </summary>
    private ImmutableArray<PolicyDefinition> Policies()
    {
        if (Tables.PolicySlots == 0)
        {
            return [];
        }

        Span<bool> used = stackalloc bool[Tables.PolicySlots];
        var any = false;
        var derivedInput = DerivedInput();
        foreach (var type in Tables.DerivedTypes)
        {
            if (_facts.NoneHeld(type))
            {
                continue;
            }

            // A held fact of a derived type rests on rules that assert the type (an input fact of the type on none):
            // where those rules apply no policy not found yet, the type's facts add none; where all apply one, a fact adds it.
            if (!derivedInput && Tables.AssertingPolicySlots(type) is { } asserting)
            {
                if (AllUsed(asserting, used))
                {
                    continue;
                }

                if (asserting is [var only and >= 0])
                {
                    if (_facts.Count(type) > 0)
                    {
                        used[only] = true;
                        any = true;
                    }

                    continue;
                }
            }

            // The slots used do not depend on the order of the facts.
            foreach (var fact in _facts.Unordered(type))
            {
                Use(fact, used, ref any);
            }
        }

        if (!any)
        {
            return [];
        }

        // Cases often rest on the same policies: each list is made once per ruleset and shared.
        Span<int> usedSlots = stackalloc int[Tables.PolicySlots];
        var slots = 0;
        for (var slot = 0; slot < used.Length; slot++)
        {
            if (used[slot])
            {
                usedSlots[slots++] = slot;
            }
        }

        var lists = Tables.PolicyLists;
        if (lists.TryGet(usedSlots[..slots], out var kept))
        {
            return kept;
        }

        var count = 0;
        for (var i = 0; i < Definition.Policies.Length; i++)
        {
            if (used[Tables.PolicySlot(i)])
            {
                count++;
            }
        }

        var policies = new PolicyDefinition[count];
        var next = 0;
        for (var i = 0; i < Definition.Policies.Length; i++)
        {
            if (used[Tables.PolicySlot(i)])
            {
                policies[next++] = Definition.Policies[i];
            }
        }

        return lists.Keep(usedSlots[..slots], ImmutableCollectionsMarshal.AsImmutableArray(policies));
    }

    /// <summary>Whether every policy slot of a list is used (-1, no policy, adds none).</summary>
    private static bool AllUsed(int[] slots, Span<bool> used)
    {
        foreach (var slot in slots)
        {
            if (slot >= 0 && !used[slot])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether an input fact of the case is of a derived type (held without a derivation).</summary>
    private bool DerivedInput()
    {
        foreach (var fact in _input)
        {
            if (Tables.DerivedSlot(fact.Schema) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private void Use(Fact fact, Span<bool> used, ref bool any)
    {
        var tables = Tables;
        foreach (var support in _session.Supports(fact))
        {
            var order = tables.Order(support);
            if (tables.PolicySlotOfRule(order) is var slot and >= 0)
            {
                used[slot] = true;
                any = true;
            }

            if (!tables.MatchesSteps(order))
            {
                continue;
            }

            foreach (var step in support.Matched)
            {
                if (step.Schema.Step)
                {
                    Use(step, used, ref any);
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

    /// <summary>The case's notes, then one per calendar gap (<see cref="CalendarGapNote"/>); the notes' own array when there is no gap.</summary>
    private ImmutableArray<ResultNote> Notes(FactList caseNotes, FactList gaps)
    {
        var notes = FactProjection.Map(caseNotes, this, static (self, n) => self.Note(n));
        return gaps.IsEmpty ? notes : [.. notes, .. FactProjection.Map(gaps, this, static (self, g) => self.CalendarGapNote(g))];
    }

    private ResultNote Note(Fact note) => new(note[Types.Note.Text].AsText, note[Types.Note.Subject].AsNullableText, _provenance.Of(note));

    private ImmutableArray<ExplanationEntry> Explanation()
    {
        if (!_explain)
        {
            return [];
        }

        var trace = _session.Explain();
        if (trace.Firings.IsEmpty)
        {
            return [];
        }

        var withdrawn = new HashSet<int>(trace.Withdrawals.Length);
        foreach (var withdrawal in trace.Withdrawals)
        {
            withdrawn.Add(withdrawal.Firing);
        }

        var entries = new ExplanationEntry[trace.Firings.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var firing = trace.Firings[i];
            entries[i] = new ExplanationEntry(
                firing.Sequence,
                firing.Rule.Id,
                firing.Rule.Title,
                firing.Rule.Citation,
                Policy(firing.Rule),
                FactProjection.Map(new FactList(firing.Matched), this, static (self, m) => self.Text(m)),
                FactProjection.Map(new FactList(firing.Asserted), this, static (self, a) => self.Text(a)),
                withdrawn.Contains(firing.Sequence));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(entries);
    }

    /// <summary>A fact as the explanation writes it (<see cref="Fact.ToString"/>), written once per evaluation: most facts are matched by several firings.</summary>
    private string Text(Fact fact)
    {
        if (!_texts.TryGetValue(fact, out var text))
        {
            text = fact.ToString();
            _texts.Add(fact, text);
        }

        return text;
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
                Text(m.Fact),
                m.Threshold.Field,
                m.Threshold.Operator,
                m.Threshold.Constant,
                m.Actual)),
        ];
    }

    private PolicyReference? Policy(RuleDefinition rule) => rule.PolicyId is { } id ? Tables.Policy(id) : null;

    private FactList Facts(string type) => _facts.Of(type);

    private static string Iso(LocalDate date) => IsoDate.Format(date);
}
