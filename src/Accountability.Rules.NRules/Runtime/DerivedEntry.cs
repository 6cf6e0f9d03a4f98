using Accountability.Rules.Facts;
using Accountability.Rules.NRules.Facts;

namespace Accountability.Rules.NRules.Runtime;

/// <summary>
/// A derived fact held as one member of the set of derived facts: the first derivation creates it
/// and inserts it into NRules, later derivations of an equal fact join it, and it is retracted when
/// its last support goes.
/// </summary>
internal sealed class DerivedEntry(Fact fact)
{
    public Fact Fact { get; } = fact;

    /// <summary>The object NRules holds for it.</summary>
    public RuleSetFact WorkingMemoryFact { get; } = RuleSetFact.Of(fact);

    /// <summary>The firings that support it, in firing order.</summary>
    public List<ActivationRecord> Supports { get; } = [];
}
