using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Comparison;

/// <summary>How an item differs between two rulesets.</summary>
public enum DifferenceKind
{
    /// <summary>Only the second ruleset has it.</summary>
    Added,

    /// <summary>Only the first ruleset has it.</summary>
    Removed,

    /// <summary>Both have it, with different content.</summary>
    Changed,
}

/// <summary>
/// One item that differs between two rulesets: a rule (or a table row, which expands into rules), a
/// policy, a code, a tier, a responsibility type, a document or a header setting.
/// </summary>
/// <param name="Area">
/// What it concerns: for a rule, the fact type it concludes (e.g. <c>lossTier</c>, <c>sanction</c>,
/// <c>restriction</c>, <c>authority</c>, <c>scopeFlag</c>, a deadline's type), so that tiers, sanction
/// matrices, restrictions, hosts, exclusions and deadlines line up; otherwise <c>header</c>,
/// <c>documents</c>, <c>policies</c>, <c>tiers</c>, <c>responsibilities</c> or <c>codes/&lt;list&gt;</c>.
/// </param>
/// <param name="Item">The item's id, e.g. <c>sanctionMatrix/larger/direct</c>, a policy id, a code.</param>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Aspect">For a change, what changed (e.g. <c>when</c>, <c>cites</c>, <c>statement</c>); <c>null</c> otherwise.</param>
/// <param name="Left">The first ruleset's content (of the aspect, for a change); <c>null</c> when added.</param>
/// <param name="Right">The second ruleset's content; <c>null</c> when removed.</param>
public sealed record Difference(string Area, string Item, DifferenceKind Kind, string? Aspect, string? Left, string? Right);

/// <summary>
/// The differences between two rulesets: the declarations' areas first (header, documents, policies,
/// boundaries, tiers, responsibilities, code lists), then the rules' areas; within an area by item,
/// then aspect. Immutable.
/// </summary>
/// <param name="Left">The first ruleset, as <c>id version</c>.</param>
/// <param name="Right">The second ruleset, as <c>id version</c>.</param>
/// <param name="Differences">Every difference, in the order above (ordinal within an area).</param>
/// <remarks>Equality is structural: equal members, the array item by item.</remarks>
public sealed record RuleSetDifference(string Left, string Right, ImmutableArray<Difference> Differences)
{
    /// <summary>Whether the two rulesets say the same.</summary>
    public bool IsEmpty => Differences.IsEmpty;

    /// <summary>The areas with differences, in order.</summary>
    public IEnumerable<string> Areas => Differences.Select(d => d.Area).Distinct(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Equals(RuleSetDifference? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Left == other.Left && Right == other.Right && StructuralEquality.Equal(Differences, other.Differences));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Left, Right, StructuralEquality.Hash(Differences));
}

/// <summary>One aspect of a ruleset item as text, e.g. <c>when</c>, <c>then</c>, <c>cites</c> or <c>statement</c>.</summary>
/// <param name="Name">The aspect's name.</param>
/// <param name="Text">Its content as one line of text; empty when the item has none.</param>
public sealed record ItemAspect(string Name, string Text);

/// <summary>
/// One item of a ruleset as <see cref="RuleSetComparer.Describe"/> gives it: what <see cref="RuleSetComparer.Compare"/>
/// compares item by item, and what a side-by-side view of several rulesets lines up by area.
/// </summary>
/// <param name="Area">The area, as in <see cref="Difference.Area"/> (for a rule, the fact type it concludes).</param>
/// <param name="Item">The item's id: a rule or table row id, a policy id, a code, <c>ruleset</c> for the header.</param>
/// <param name="Aspects">Its aspects, in a fixed order per kind of item.</param>
/// <remarks>Equality is structural: equal members, the array item by item.</remarks>
public sealed record RuleSetItem(string Area, string Item, ImmutableArray<ItemAspect> Aspects)
{
    /// <summary>The text of an aspect; empty when the item has no such aspect.</summary>
    /// <param name="name">The aspect's name, e.g. <c>then</c>.</param>
    /// <returns>The text.</returns>
    public string Aspect(string name) => Aspects.FirstOrDefault(a => a.Name == name)?.Text ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(RuleSetItem? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Area == other.Area && Item == other.Item && StructuralEquality.Equal(Aspects, other.Aspects));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Area, Item, StructuralEquality.Hash(Aspects));
}
