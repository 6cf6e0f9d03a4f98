using System.Collections.Immutable;
using Accountability.Rules.Facts;

namespace Accountability.Rules.NRules.Network;

/// <summary>
/// What an aggregate element binds in an NRules match: the sum or count, and the facts it was
/// computed over in the order they arrived (an activation's matched facts list them after the
/// patterns, as the compiled engine does). A new object each time the aggregate changes.
/// </summary>
internal sealed class AggregateValue(Value value, ImmutableArray<Fact> items)
{
    public Value Value { get; } = value;

    public ImmutableArray<Fact> Items { get; } = items;

    public override string ToString() => Value.ToString();
}
