using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// A fact as a key by reference (a fact is an identity in its session), hashed by <see cref="Fact.IdentityHash"/>.
/// A struct, so that a dictionary keyed by it is compiled for it and compares and hashes keys inline rather than
/// through a comparer's interface calls.
/// </summary>
/// <param name="fact">The fact.</param>
internal readonly struct FactIdentity(Fact fact) : IEquatable<FactIdentity>
{
    /// <summary>The fact.</summary>
    public Fact Fact { get; } = fact;

    /// <inheritdoc />
    public bool Equals(FactIdentity other) => ReferenceEquals(Fact, other.Fact);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FactIdentity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Fact.IdentityHash;
}
