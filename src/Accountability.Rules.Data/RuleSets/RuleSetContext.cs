using System.Collections.Immutable;
using Accountability.Rules.Calendars;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// What the readers of one ruleset file share: the errors, the fact catalogue, and the
/// declarations (documents, policies, boundary words, tiers, responsibilities, code lists) that
/// later sections refer to, plus the rules built so far. Mutable; used by one load.
/// </summary>
internal sealed class RuleSetContext
{
    /// <summary>Creates the context of one file.</summary>
    public RuleSetContext(string file, FactCatalog catalog, IReadOnlyDictionary<string, WorkingDayCalendar> calendars, LoadErrors errors)
    {
        Calendars = calendars;
        File = file;
        Catalog = catalog;
        Errors = errors;
        DocumentIds = new IdRegistry("document", errors);
        PolicyIds = new IdRegistry("policy", errors);
        RuleIds = new IdRegistry("rule", errors);
        RowIds = new IdRegistry("table row", errors);
    }

    /// <summary>The file name as given to the loader.</summary>
    public string File { get; }

    /// <summary>The fact types rules may use.</summary>
    public FactCatalog Catalog { get; }

    /// <summary>The errors of the load.</summary>
    public LoadErrors Errors { get; }

    /// <summary>The documents read.</summary>
    public List<DocumentReference> Documents { get; } = [];

    /// <summary>Every document id written, including those of entries with errors.</summary>
    public IdRegistry DocumentIds { get; }

    /// <summary>The policies read.</summary>
    public List<PolicyDefinition> Policies { get; } = [];

    /// <summary>Every policy id written, including those of entries with errors.</summary>
    public IdRegistry PolicyIds { get; }

    /// <summary>The working-day calendars a ruleset may name, by id.</summary>
    public IReadOnlyDictionary<string, WorkingDayCalendar> Calendars { get; }

    /// <summary>The id of the calendar the ruleset names, when it names a known one.</summary>
    public string? CalendarId { get; set; }

    /// <summary>The currency of amounts.</summary>
    public string? Currency { get; set; }

    /// <summary>The fact dates that decide applicability (stated, or the parent's); empty for the case's decision date.</summary>
    public ImmutableArray<DecisiveDate> DecisiveDates { get; set; } = [];

    /// <summary>The ruleset's period in force, once its header is read: the rules' decisive-date conditions use it.</summary>
    public (LocalDate From, LocalDate? To) InForce { get; set; }

    /// <summary>A rule read from this file with the decisive date's conditions (<see cref="DecisiveDateConditions"/>).</summary>
    public RuleDefinition WithDecisiveDate(RuleDefinition rule) =>
        DecisiveDateConditions.Apply(rule, DecisiveDates, InForce.From, InForce.To, Catalog);

    /// <summary>The declared boundary words and their readings.</summary>
    public Dictionary<string, BoundaryReading> Boundaries { get; } = new(StringComparer.Ordinal);

    /// <summary>The tiers, lowest first.</summary>
    public ImmutableArray<CodeDefinition> Tiers { get; set; } = [];

    /// <summary>The responsibility types, lowest precedence first.</summary>
    public ImmutableArray<CodeDefinition> Responsibilities { get; set; } = [];

    /// <summary>The code lists by name.</summary>
    public Dictionary<string, ImmutableArray<CodeDefinition>> CodeLists { get; } = new(StringComparer.Ordinal);

    /// <summary>Every rule id, including generated ones and those of rules with errors.</summary>
    public IdRegistry RuleIds { get; }

    /// <summary>The rules without errors, in declaration order.</summary>
    public List<RuleDefinition> Rules { get; } = [];

    /// <summary>Every table row id, including a parent's.</summary>
    public IdRegistry RowIds { get; }

    /// <summary>For each rule expanded from a table row, that row.</summary>
    public Dictionary<string, RowRef> Rows { get; } = new(StringComparer.Ordinal);

    /// <summary>The tables' settings by name, including a parent's.</summary>
    public Dictionary<string, TableSettings> Tables { get; } = new(StringComparer.Ordinal);

    /// <summary>The ruleset this one extends, when it extends one that loaded.</summary>
    public LoadedRuleSet? Parent { get; set; }

    /// <summary>The changes applied to the parent, in order.</summary>
    public List<AppliedChange> Changes { get; } = [];

    /// <summary>The number of documents inherited from the parent (they come first in <see cref="Documents"/>).</summary>
    public int InheritedDocuments { get; private set; }

    /// <summary>The document a short citation (<c>cites: "Art. 4"</c>) names: this file's first, else the parent's first.</summary>
    public string? PrimaryDocument => DocumentIds.Ids.Count > InheritedDocuments ? DocumentIds.Ids[InheritedDocuments] : DocumentIds.Ids.Count > 0 ? DocumentIds.Ids[0] : null;

    /// <summary>Takes over everything the parent declares and its rules, before this file is read.</summary>
    public void Inherit(LoadedRuleSet parent)
    {
        var definition = parent.Definition;
        var at = new SourceLocation(parent.File, 1, 1);
        foreach (var document in definition.Documents)
        {
            DocumentIds.Register(document.Id, at);
            Documents.Add(document);
        }

        InheritedDocuments = Documents.Count;
        foreach (var policy in definition.Policies)
        {
            PolicyIds.Register(policy.Id, policy.Citation is null ? at : at);
            Policies.Add(policy);
        }

        Currency = definition.Currency;
        CalendarId = definition.CalendarId;
        foreach (var boundary in definition.Boundaries)
        {
            Boundaries[boundary.Word] = boundary;
        }

        Tiers = definition.Tiers;
        Responsibilities = definition.Responsibilities;
        foreach (var (name, codes) in definition.CodeLists)
        {
            CodeLists[name] = codes;
        }

        foreach (var rule in definition.Rules)
        {
            RuleIds.Register(rule.Id, rule.Source is { } source && source.File == parent.File ? source : at);
            Rules.Add(rule);
            if (parent.Rows.TryGetValue(rule.Id, out var row))
            {
                Rows[rule.Id] = row;
                if (!RowIds.Contains(row.RowId))
                {
                    RowIds.Register(row.RowId, rule.Source ?? at);
                }
            }
        }

        foreach (var (code, written) in parent.CodeSites)
        {
            CodeSites[code] = written;
        }

        CatalogueOnly.UnionWith(parent.CatalogueOnly);
        foreach (var (name, table) in parent.Tables)
        {
            Tables[name] = table.Copy();
        }
    }

    /// <summary>The settings of a table: the parent's when it has the table, otherwise new ones.</summary>
    public TableSettings Table(string name, int salience, RuleExtras extras, Facts.FactSchema? subject = null)
    {
        if (!Tables.TryGetValue(name, out var settings))
        {
            Tables[name] = settings = new TableSettings(name, salience, extras, subject);
        }

        return settings;
    }

    /// <summary>Registers the id of a rule expanded from a table row (a used id is reported at <paramref name="at"/>) and, when new, adds the rule.</summary>
    public void AddRowRule(RuleDefinition rule, SourceLocation at, string table, string rowId)
    {
        if (RuleIds.Register(rule.Id, at))
        {
            Rules.Add(rule);
            Rows[rule.Id] = new RowRef(table, rowId);
        }
    }

    /// <summary>Where each code of the code lists is written (in this file or a parent's).</summary>
    public Dictionary<CodeDefinition, SourceLocation> CodeSites { get; } = [];

    /// <summary>The codes marked <c>catalogueOnly: true</c>: listed for cases and readers, read by no rule on purpose.</summary>
    public HashSet<CodeDefinition> CatalogueOnly { get; } = [];

    /// <summary>The findings this file acknowledges (<c>acknowledged:</c>).</summary>
    public List<Acknowledgement> Acknowledgements { get; } = [];

    /// <summary>Every citation read from this file, with the position of its <c>cites</c> value, in reading order.</summary>
    public List<CitationSite> Citations { get; } = [];

    /// <summary>Records a citation read at <paramref name="at"/> and returns it.</summary>
    public Citation Cited(Citation citation, SourceLocation at)
    {
        Citations.Add(new CitationSite(citation, at));
        return citation;
    }

    /// <summary>The codes of a code list (empty when the list is not declared).</summary>
    public ImmutableArray<string> CodesOf(string list) =>
        CodeLists.TryGetValue(list, out var codes) ? [.. codes.Select(c => c.Code)] : [];

    /// <summary>Finds a tier by code with its 1-based rank.</summary>
    public (CodeDefinition Tier, int Rank)? FindTier(string code)
    {
        for (var i = 0; i < Tiers.Length; i++)
        {
            if (Tiers[i].Code == code)
            {
                return (Tiers[i], i + 1);
            }
        }

        return null;
    }
}
