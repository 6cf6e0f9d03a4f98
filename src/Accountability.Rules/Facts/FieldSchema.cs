namespace Accountability.Rules.Facts;

/// <summary>One field of a fact type: its name, kind, position and whether it may be absent.</summary>
/// <param name="Name">The field name as rulesets and case files write it, e.g. <c>priorYearEndTotalAssets</c>.</param>
/// <param name="Kind">The kind of value the field holds.</param>
/// <param name="Index">The position of the field in the fact's values.</param>
/// <param name="Optional">Whether the field may be absent (<see cref="Value.Null"/>).</param>
/// <param name="Description">What the field means, for documentation and error hints.</param>
public sealed record FieldSchema(string Name, ValueKind Kind, int Index, bool Optional, string Description)
{
    /// <summary>How case files state the field of an input type: its checks and default.</summary>
    internal FieldInput Input { get; init; } = FieldInput.None;
}
