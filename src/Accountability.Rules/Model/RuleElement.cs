namespace Accountability.Rules.Model;

/// <summary>
/// A condition element of a rule's left-hand side. The hierarchy is closed: a
/// <see cref="PatternElement"/>, a <see cref="NotElement"/> or an <see cref="AggregateElement"/>.
/// </summary>
public abstract record RuleElement
{
    private protected RuleElement()
    {
    }

    /// <summary>The fact type the element reads.</summary>
    public abstract string FactType { get; }
}
