using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// A loaded ruleset with what an overlay of it needs beyond the canonical definition: the table
/// row each generated rule comes from, the tables' settings, the texts of its chain (for the
/// content hash) and the changes it applied. Immutable once loaded.
/// </summary>
/// <param name="Definition">The effective definition.</param>
/// <param name="File">The file it was loaded from.</param>
/// <param name="Rows">For each rule expanded from a table row, that row.</param>
/// <param name="Tables">The tables' settings by name.</param>
/// <param name="Texts">The texts of the chain, root first, this ruleset's last.</param>
/// <param name="Changes">The changes this ruleset applied to its parent, in order.</param>
/// <param name="Citations">The citations written in this ruleset's own file, each at its position.</param>
/// <param name="CodeSites">Where each code of the code lists is written (in this file or a parent's).</param>
/// <param name="CatalogueOnly">The codes marked <c>catalogueOnly: true</c>.</param>
/// <param name="Acknowledgements">The findings this ruleset's own file acknowledges.</param>
internal sealed record LoadedRuleSet(
    RuleSetDefinition Definition,
    string File,
    ImmutableDictionary<string, RowRef> Rows,
    ImmutableDictionary<string, TableSettings> Tables,
    ImmutableArray<string> Texts,
    ImmutableArray<AppliedChange> Changes,
    ImmutableArray<CitationSite> Citations,
    ImmutableDictionary<CodeDefinition, SourceLocation> CodeSites,
    ImmutableHashSet<CodeDefinition> CatalogueOnly,
    ImmutableArray<Acknowledgement> Acknowledgements);
