namespace Accountability.Rules.Data.RuleSets;

/// <summary>The table row a generated rule was expanded from.</summary>
/// <param name="Table">The table, e.g. <c>lossTiers</c>.</param>
/// <param name="RowId">The row's id, e.g. <c>lossTiers/larger</c>.</param>
internal sealed record RowRef(string Table, string RowId);
