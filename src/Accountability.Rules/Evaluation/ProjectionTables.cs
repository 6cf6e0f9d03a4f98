using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Facts.Definitions;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// What projecting a result needs from a compiled ruleset, worked out once when it is compiled
/// instead of per case: each rule's declaration order, its own provenance and citation rank (the
/// place of its citation in <see cref="CitationOrder"/>), the policies by id with
/// their titles, the code lists, and the derived types the result lists. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The codes and policy ids it looks up are the runtime's interned strings, as the texts of compiled rules' constants
/// are (<see cref="ExpressionCompiler"/>) and those of a read case where the same text was interned: a code a case
/// or a rule gives is then most often the very string looked up, found by reference without comparing characters.
/// </remarks>
internal sealed class ProjectionTables
{
    private readonly FrozenDictionary<RuleDefinition, int> _ruleOrder;
    private readonly Provenance[] _ruleProvenance;
    private readonly int[] _citationRank;
    private readonly Citation[] _citationsByRank;
    private readonly int[] _rulePolicySlot;
    private readonly bool[] _ruleMatchesSteps;
    private readonly int[] _policySlot;
    private readonly FrozenDictionary<string, FrozenDictionary<string, CodeDefinition>> _codes;
    private readonly FrozenDictionary<string, PolicyReference> _policyReferences;
    private readonly FrozenDictionary<string, DocumentTemplate> _templates;
    private readonly int[] _derivedSlot;
    private readonly int[]?[] _assertingPolicySlots;
    private readonly FrozenDictionary<string, StatedConduct> _conduct;

    /// <summary>The codes of the responsibility types and of the tiers, interned, in the definition's order (its rank).</summary>
    private readonly string[] _responsibilityCodes;
    private readonly string[] _tierCodes;
    private readonly ImmutableArray<CodeDefinition> _tiers;

    public ProjectionTables(RuleSetDefinition definition, FactCatalog catalog, ImmutableArray<CompiledRule> rules, FrozenSet<string> projectedTypes)
    {
        CitationOrder = new CitationOrder(definition);
        _ruleOrder = rules.ToFrozenDictionary<CompiledRule, RuleDefinition, int>(r => r.Definition, r => r.Order, ReferenceEqualityComparer.Instance);

        // Citations ranked once: equal citations share a rank; the sort is stable, so citations the
        // order holds equal keep the order of the rules that cite them first.
        var distinct = new List<Citation>();
        var seen = new HashSet<Citation>();
        foreach (var rule in rules)
        {
            if (seen.Add(rule.Definition.Citation))
            {
                distinct.Add(rule.Definition.Citation);
            }
        }

        _citationsByRank = [.. distinct.Order(CitationOrder)];
        var rank = new Dictionary<Citation, int>();
        for (var i = 0; i < _citationsByRank.Length; i++)
        {
            rank.Add(_citationsByRank[i], i);
        }

        var policies = definition.Policies.IsDefault ? [] : definition.Policies;
        var firstSlot = new Dictionary<string, int>(StringComparer.Ordinal);
        _policySlot = new int[policies.Length];
        for (var i = 0; i < policies.Length; i++)
        {
            firstSlot.TryAdd(policies[i].Id, i);
            _policySlot[i] = firstSlot[policies[i].Id];
        }

        PolicySlots = policies.Length;
        var references = new Dictionary<string, PolicyReference>(StringComparer.Ordinal);
        foreach (var policy in policies)
        {
            references.TryAdd(string.Intern(policy.Id), new PolicyReference(policy.Id, policy.Title));
        }

        _policyReferences = references.ToFrozenDictionary(StringComparer.Ordinal);
        _ruleProvenance = new Provenance[rules.Length];
        _citationRank = new int[rules.Length];
        _rulePolicySlot = new int[rules.Length];
        _ruleMatchesSteps = new bool[rules.Length];
        foreach (var rule in rules)
        {
            var ruleDefinition = rule.Definition;
            var policyId = ruleDefinition.PolicyId is { } id ? string.Intern(id) : null;
            var citationRank = rank[ruleDefinition.Citation];
            _ruleProvenance[rule.Order] = new Provenance([ruleDefinition.Id], [_citationsByRank[citationRank]], policyId is null ? [] : [policyId]);
            _citationRank[rule.Order] = citationRank;
            _rulePolicySlot[rule.Order] = policyId is not null && firstSlot.TryGetValue(policyId, out var slot) ? slot : -1;
            _ruleMatchesSteps[rule.Order] = rule.Elements.Any(element => catalog.Types[element.TypeOrdinal].Step);
        }

        _codes = (definition.CodeLists ?? ImmutableSortedDictionary<string, ImmutableArray<CodeDefinition>>.Empty).ToFrozenDictionary(
            list => list.Key,
            list =>
            {
                var byCode = new Dictionary<string, CodeDefinition>(StringComparer.Ordinal);
                foreach (var code in list.Value.IsDefault ? [] : list.Value)
                {
                    byCode.TryAdd(string.Intern(code.Code), code);
                }

                return byCode.ToFrozenDictionary(StringComparer.Ordinal);
            },
            StringComparer.Ordinal);

        _conduct = StatedConducts(_codes);
        _responsibilityCodes = Interned(definition.Responsibilities);
        _tiers = definition.Tiers.IsDefault ? [] : definition.Tiers;
        _tierCodes = Interned(_tiers);
        Roles = CodeList.Of(_codes, "roles");
        PersonStatuses = CodeList.Of(_codes, "personStatuses");
        Factors = CodeList.Of(_codes, "factors");
        Circumstances = CodeList.Of(_codes, "circumstances");
        Authorities = CodeList.Of(_codes, "authorities");
        _templates = Templates(rules);
        Header = ResultProjector.Header(definition, definition.InForceFrom) with { Texts = new Json.RulesetTexts(definition, catalog) };
        InForcePeriod = ResultProjector.InForcePeriod(definition);
        InForceSource = ResultProjector.InForceSource(definition);
        _derivedSlot = new int[catalog.Types.Length];
        foreach (var type in catalog.Types)
        {
            _derivedSlot[type.Ordinal] = type.Origin == FactOrigin.Derived ? DerivedSlots++ : -1;
        }

        _assertingPolicySlots = AssertingPolicySlots(catalog, rules, _derivedSlot, DerivedSlots, _rulePolicySlot, _ruleMatchesSteps);
        Types = new ProjectedTypes(catalog);
        DerivedTypes = [.. catalog.Types.Where(t => t.Origin == FactOrigin.Derived && !t.Step)];
        ConclusionTypes = [.. DerivedTypes.Where(t => !projectedTypes.Contains(t.Name))];
        var kept = new bool[catalog.Types.Length];
        foreach (var type in ConclusionTypes)
        {
            kept[type.Ordinal] = true;
        }

        KeptByResults = ImmutableCollectionsMarshal.AsImmutableArray(kept);
    }

    /// <summary>The order of citations in results (by document, then article).</summary>
    public CitationOrder CitationOrder { get; }

    /// <summary>The types the projection reads by name, with the positions of the fields it reads.</summary>
    public ProjectedTypes Types { get; }

    /// <summary>The derived types that are not steps (<see cref="FactSchema.Step"/>), in catalogue order.</summary>
    public ImmutableArray<FactSchema> DerivedTypes { get; }

    /// <summary>The derived types a result lists as generic conclusions, in catalogue order.</summary>
    public ImmutableArray<FactSchema> ConclusionTypes { get; }

    /// <summary>
    /// By type ordinal, whether a result keeps facts of the type: those of <see cref="ConclusionTypes"/>, which a
    /// <see cref="Conclusion"/> holds. A session kept from case to case reuses its other derived facts (<see cref="Engine.FactPool"/>).
    /// </summary>
    public ImmutableArray<bool> KeptByResults { get; }

    /// <summary>
    /// A result with the ruleset's parts (id, version, title, parents, period, currency, primary
    /// document) and nothing evaluated, made once: each result copies it with its decision date and parts.
    /// </summary>
    public CaseResult Header { get; }

    /// <summary>The period the ruleset is in force, as the note of a case outside it says.</summary>
    public string InForcePeriod { get; }

    /// <summary>The provenance of the note of a case outside the period.</summary>
    public Provenance InForceSource { get; }

    /// <summary>The number of derived types of the catalogue, steps included (see <see cref="DerivedSlot"/>).</summary>
    public int DerivedSlots { get; }

    /// <summary>The place of a derived type among <see cref="DerivedSlots"/>; -1 for an input type.</summary>
    public int DerivedSlot(FactSchema type) => _derivedSlot[type.Ordinal];

    /// <summary>
    /// The policy slots (<see cref="PolicySlotOfRule"/>, -1 for a rule without one) of the rules that assert
    /// facts of a derived type, distinct: a held fact of the type rests on some of them, and on nothing else. Any rule may assert a
    /// <c>calendarGap</c> in place of one of its facts (a working day counted in a year the calendar lacks),
    /// so that type's are every rule's. Null where one of those rules matches a step (<see cref="MatchesSteps"/>),
    /// whose own derivations count too.
    /// </summary>
    public int[]? AssertingPolicySlots(FactSchema type) => _assertingPolicySlots[_derivedSlot[type.Ordinal]];

    /// <summary>The number of distinct policy ids of the ruleset (see <see cref="PolicySlot(int)"/>).</summary>
    public int PolicySlots { get; }

    /// <summary>The declaration order of a rule of the ruleset (the instance the rules were compiled from).</summary>
    /// <exception cref="InvalidOperationException">The rule is not one of the ruleset's.</exception>
    public int Order(RuleDefinition rule) =>
        _ruleOrder.TryGetValue(rule, out var order)
            ? order
            : throw new InvalidOperationException($"A derivation names a rule the compiled ruleset does not hold. Rule={rule.Id}");

    /// <summary>The declaration order of the rule of a support: the one the session gave, else found from the rule (<see cref="Order(RuleDefinition)"/>).</summary>
    /// <exception cref="InvalidOperationException">The rule is not one of the ruleset's.</exception>
    public int Order(in Support support) => support.Order >= 0 ? support.Order : Order(support.Rule);

    /// <summary>Whether a rule (by declaration order) has an element of a step type (<see cref="FactSchema.Step"/>): only such a rule's matched facts can hold a step.</summary>
    public bool MatchesSteps(int ruleOrder) => _ruleMatchesSteps[ruleOrder];

    /// <summary>The provenance of a fact derived by one rule alone.</summary>
    public Provenance ProvenanceOf(int ruleOrder) => _ruleProvenance[ruleOrder];

    /// <summary>The provenances merged from several rules, by the rules' orders (<see cref="ProvenanceBuilder"/>).</summary>
    public SetMemo<Provenance> MergedProvenances { get; } = new();

    /// <summary>The citation lists of persons, by the citations' ranks (<see cref="ProvenanceBuilder.Citations"/>).</summary>
    public SetMemo<ImmutableArray<Citation>> CitationLists { get; } = new();

    /// <summary>The policy lists of results, by the policy slots used (<see cref="PolicySlot"/>).</summary>
    public SetMemo<ImmutableArray<PolicyDefinition>> PolicyLists { get; } = new();

    /// <summary>The rank of a rule's citation in <see cref="CitationOrder"/>; equal citations share it.</summary>
    public int CitationRank(int ruleOrder) => _citationRank[ruleOrder];

    /// <summary>The citation of a rank.</summary>
    public Citation CitationAt(int rank) => _citationsByRank[rank];


    /// <summary>A policy of the ruleset with its title; one named by an id the ruleset does not declare has the id for a title.</summary>
    public PolicyReference Policy(string id) => _policyReferences.TryGetValue(id, out var reference) ? reference : new PolicyReference(id, id);

    /// <summary>The slot of the policy id a rule applies (the index of its first declaration); -1 for none or an undeclared one.</summary>
    public int PolicySlotOfRule(int ruleOrder) => _rulePolicySlot[ruleOrder];

    /// <summary>The slot of the id of the ruleset's policy at <paramref name="index"/>.</summary>
    public int PolicySlot(int index) => _policySlot[index];

    /// <summary>A document template line, read when the ruleset was compiled when a rule states it (else now).</summary>
    public DocumentTemplate Template(string text) =>
        _templates.TryGetValue(text, out var template) ? template : DocumentTemplate.Parse(text);

    /// <summary>By derived slot, the policy slots of the rules that assert the type (see <see cref="AssertingPolicySlots(FactSchema)"/>).</summary>
    private static int[]?[] AssertingPolicySlots(FactCatalog catalog, ImmutableArray<CompiledRule> rules, int[] derivedSlot, int derivedSlots, int[] rulePolicySlot, bool[] ruleMatchesSteps)
    {
        var slots = new List<int>?[derivedSlots];
        var throughSteps = new bool[derivedSlots];
        var gap = catalog.TryGet(AccountabilityFacts.CalendarGapType, out var gapType) ? derivedSlot[gapType.Ordinal] : -1;
        foreach (var rule in rules)
        {
            foreach (var action in rule.Definition.Actions)
            {
                if (catalog.TryGet(action.FactType, out var type) && derivedSlot[type.Ordinal] >= 0)
                {
                    Add(derivedSlot[type.Ordinal], rule.Order);
                }
            }

            if (gap >= 0 && !rule.Definition.Actions.IsDefaultOrEmpty)
            {
                Add(gap, rule.Order);
            }
        }

        var asserting = new int[]?[derivedSlots];
        for (var slot = 0; slot < derivedSlots; slot++)
        {
            asserting[slot] = throughSteps[slot] ? null : [.. slots[slot] ?? []];
        }

        return asserting;

        void Add(int slot, int rule)
        {
            var policies = slots[slot] ??= [];
            throughSteps[slot] |= ruleMatchesSteps[rule];
            if (!policies.Contains(rulePolicySlot[rule]))
            {
                policies.Add(rulePolicySlot[rule]);
            }
        }
    }

    /// <summary>The template lines the rules state: the constant texts of the document lines they assert.</summary>
    private static FrozenDictionary<string, DocumentTemplate> Templates(ImmutableArray<CompiledRule> rules)
    {
        var templates = new Dictionary<string, DocumentTemplate>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var action in rule.Definition.Actions)
            {
                if (action.FactType != DocumentFiller.LineType)
                {
                    continue;
                }

                foreach (var assignment in action.Fields)
                {
                    if (assignment is { Field: "text", Value: ConstantExpression { Value: { Kind: ValueKind.Text } text } } && !templates.ContainsKey(text.AsText))
                    {
                        templates.Add(text.AsText, DocumentTemplate.Parse(text.AsText));
                    }
                }
            }
        }

        return templates.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A person's stated conduct as the result shows it: a violation code, else a conduct code, of the ruleset (made once per code), or the code alone.</summary>
    public StatedConduct Conduct(string code) => _conduct.TryGetValue(code, out var conduct) ? conduct : new StatedConduct(code, null, null, null);

    /// <summary>The rank of a responsibility type: its position in <see cref="RuleSetDefinition.Responsibilities"/> (the first of the code); -1 for none.</summary>
    public int ResponsibilityRank(string code) => Array.IndexOf(_responsibilityCodes, code);

    /// <summary>The tier of a code (the first of it in <see cref="RuleSetDefinition.Tiers"/>); null for none.</summary>
    public CodeDefinition? Tier(string code) => Array.IndexOf(_tierCodes, code) is var rank and >= 0 ? _tiers[rank] : null;

    private static string[] Interned(ImmutableArray<CodeDefinition> codes) =>
        codes.IsDefault ? [] : [.. codes.Select(code => string.Intern(code.Code))];

    /// <summary>The stated conduct of every violation and conduct code, the violation first where both lists hold a code.</summary>
    private static FrozenDictionary<string, StatedConduct> StatedConducts(FrozenDictionary<string, FrozenDictionary<string, CodeDefinition>> codes)
    {
        var conduct = new Dictionary<string, StatedConduct>(StringComparer.Ordinal);
        foreach (var list in (ReadOnlySpan<string>)["violations", "conduct"])
        {
            if (codes.TryGetValue(list, out var byCode))
            {
                foreach (var (code, definition) in byCode)
                {
                    conduct.TryAdd(code, new StatedConduct(code, definition.Name, definition.English, definition.Citation));
                }
            }
        }

        return conduct.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The ruleset's roles (the code list <c>roles</c>).</summary>
    public CodeList Roles { get; }

    /// <summary>The ruleset's person statuses (the code list <c>personStatuses</c>).</summary>
    public CodeList PersonStatuses { get; }

    /// <summary>The ruleset's factors (the code list <c>factors</c>).</summary>
    public CodeList Factors { get; }

    /// <summary>The ruleset's circumstances (the code list <c>circumstances</c>).</summary>
    public CodeList Circumstances { get; }

    /// <summary>The ruleset's authorities (the code list <c>authorities</c>).</summary>
    public CodeList Authorities { get; }

    /// <summary>
    /// One code list of the ruleset, found once per ruleset so that a case looks a code up in the list
    /// alone; finds a code as <see cref="RuleSetDefinition.FindCode"/> does, without searching. A list
    /// the ruleset lacks holds no code.
    /// </summary>
    internal sealed class CodeList(FrozenDictionary<string, CodeDefinition> codes)
    {
        private static readonly CodeList Empty = new(FrozenDictionary<string, CodeDefinition>.Empty);

        /// <summary>The list of a name; an empty one for a list the ruleset lacks.</summary>
        public static CodeList Of(FrozenDictionary<string, FrozenDictionary<string, CodeDefinition>> lists, string list) =>
            lists.TryGetValue(list, out var codes) ? new CodeList(codes) : Empty;

        /// <summary>The first definition of a code in the list; null for none.</summary>
        public CodeDefinition? Find(string code) => codes.TryGetValue(code, out var definition) ? definition : null;
    }
}
