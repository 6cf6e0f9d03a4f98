using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>Equality of facts by reference (a fact is an identity in its session), hashed by <see cref="Fact.IdentityHash"/>.</summary>
internal sealed class FactIdentityComparer : IEqualityComparer<Fact>
{
    public static FactIdentityComparer Instance { get; } = new();

    public bool Equals(Fact? x, Fact? y) => ReferenceEquals(x, y);

    public int GetHashCode(Fact obj) => obj.IdentityHash;
}
