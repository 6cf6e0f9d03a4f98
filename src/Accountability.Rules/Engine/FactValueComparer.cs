using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// Equality of facts by type and values: derived facts are a set, a second derivation joins the first.
/// A fact's type and values can be looked up before the fact is made (<see cref="FactValues"/>).
/// </summary>
internal sealed class FactValueComparer : IEqualityComparer<Fact>, IAlternateEqualityComparer<FactValues, Fact>
{
    public static FactValueComparer Instance { get; } = new();

    public bool Equals(Fact? x, Fact? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && Equals(new FactValues(x.Schema, x.Values), y));

    public int GetHashCode(Fact obj) => obj.ValueHash;

    public bool Equals(FactValues alternate, Fact other) =>
        ReferenceEquals(alternate.Schema, other.Schema) && alternate.Values.SequenceEqual(other.Values);

    public int GetHashCode(FactValues alternate) => alternate.Hash != 0 ? alternate.Hash : Fact.HashOf(alternate.Schema, alternate.Values);

    public Fact Create(FactValues alternate) => Fact.CreateUnchecked(alternate.Schema, alternate.Values.ToArray());
}

/// <summary>A fact's type and values, before (or without) making the fact: for looking an equal derived fact up.</summary>
/// <param name="schema">The type.</param>
/// <param name="values">The values.</param>
/// <param name="hash">Their <see cref="Fact.HashOf"/> when computed already; 0 when not (it is computed when asked for).</param>
internal readonly ref struct FactValues(FactSchema schema, ReadOnlySpan<Value> values, int hash = 0)
{
    public FactSchema Schema { get; } = schema;

    public ReadOnlySpan<Value> Values { get; } = values;

    /// <summary>The hash of the type and values (<see cref="Fact.HashOf"/>) when computed already; 0 when not.</summary>
    public int Hash { get; } = hash;
}
