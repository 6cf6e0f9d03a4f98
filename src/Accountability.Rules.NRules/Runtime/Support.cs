namespace Accountability.Rules.NRules.Runtime;

/// <summary>
/// A firing's support for one derived fact, inserted into NRules as a fact linked to the firing's
/// activation: when the match stops holding, NRules retracts it, and when a derived fact's last
/// support goes, the hold rule's activation goes and NRules retracts the derived fact.
/// </summary>
internal sealed class Support(DerivedEntry entry, ActivationRecord record)
{
    [ThreadStatic]
    private static int _nextHash;

    private readonly int _hash = ++_nextHash;

    public DerivedEntry Entry { get; } = entry;

    public ActivationRecord Record { get; } = record;

    /// <summary>Equal only to itself.</summary>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>An identity hash assigned at creation (cheaper than the runtime's first identity hash of an object).</summary>
    public override int GetHashCode() => _hash;
}
