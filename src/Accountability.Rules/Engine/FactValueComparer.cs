using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>Equality of facts by type and values: derived facts are a set, a second derivation joins the first.</summary>
internal sealed class FactValueComparer : IEqualityComparer<Fact>
{
    public static FactValueComparer Instance { get; } = new();

    public bool Equals(Fact? x, Fact? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && ReferenceEquals(x.Schema, y.Schema) && x.Values.SequenceEqual(y.Values));

    public int GetHashCode(Fact obj) => obj.ValueHash;
}
