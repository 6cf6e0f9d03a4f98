using Accountability.Rules.Facts;
using Accountability.Rules.NRules.Facts;

namespace Accountability.Rules.NRules.Runtime;

/// <summary>
/// A derived fact held as one member of the set of derived facts: the first derivation creates it,
/// later derivations of an equal fact join it, and it goes when its last support goes.
/// </summary>
internal sealed class DerivedEntry(Fact fact)
{
    [ThreadStatic]
    private static int _nextHash;

    private readonly int _hash = ++_nextHash;

    public Fact Fact { get; } = fact;

    /// <summary>The object NRules holds for it once the hold rule inserts it.</summary>
    public RuleSetFact WorkingMemoryFact { get; } = RuleSetFact.Of(fact);

    /// <summary>The firings that support it, in firing order.</summary>
    public List<ActivationRecord> Supports { get; } = [];

    /// <summary>Equal only to itself: the hold rule groups supports by entry.</summary>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>An identity hash assigned at creation (cheaper than the runtime's first identity hash of an object).</summary>
    public override int GetHashCode() => _hash;
}
