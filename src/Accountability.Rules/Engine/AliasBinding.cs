using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>What an alias names while a rule compiles: a fact of a type, or an aggregate's value.</summary>
internal sealed record AliasBinding(int Slot, FactSchema? Schema, ValueKind ValueKind)
{
    /// <summary>Fields the alias's own condition proves present (null narrowing).</summary>
    public System.Collections.Immutable.ImmutableHashSet<string> Present { get; init; } = [];

    public static AliasBinding ForFact(int slot, FactSchema schema) => new(slot, schema, ValueKind.Null);

    public static AliasBinding ForValue(int slot, ValueKind kind) => new(slot, null, kind);
}
