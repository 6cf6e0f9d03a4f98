namespace Accountability.Rules.Facts;

/// <summary>One field of a fact type: its name, kind, position and whether it may be absent.</summary>
/// <param name="Name">The field name as rulesets and case files write it, e.g. <c>priorYearEndTotalAssets</c>.</param>
/// <param name="Kind">The kind of value the field holds.</param>
/// <param name="Index">The position of the field in the fact's values.</param>
/// <param name="Optional">Whether the field may be absent (<see cref="Value.Null"/>).</param>
/// <param name="Description">What the field means, for documentation and error hints.</param>
/// <param name="CodeList">For a text field holding a code, the ruleset code list its values must come from.</param>
public sealed record FieldSchema(string Name, ValueKind Kind, int Index, bool Optional, string Description, string? CodeList = null);
