using System.Collections.Immutable;
using Accountability.Rules.Calendars;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

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
