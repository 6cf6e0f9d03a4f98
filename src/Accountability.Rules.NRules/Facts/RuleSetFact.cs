using Accountability.Rules.Facts;

namespace Accountability.Rules.NRules.Facts;

/// <summary>
/// A fact of the ruleset's catalogue as NRules holds it in working memory: one object per library
/// <see cref="Rules.Facts.Fact"/>. Each fact type of the standard catalogue has its own sealed class
/// (<c>LossTierFact</c>, <c>PersonFact</c>, …) with typed properties, so that the
/// network routes facts by .NET type and a host's own fluent rules match them without string
/// lookups: <c>When().Match&lt;LossTierFact&gt;(t =&gt; t.Tier == "major")</c>.
/// Immutable: a derived fact is withdrawn and another asserted, never changed in place.
/// </summary>
public abstract class RuleSetFact
{
    [ThreadStatic]
    private static int _nextHash;

    private readonly int _hash;

    private protected RuleSetFact(Fact fact)
    {
        Fact = fact;
        _hash = ++_nextHash;
    }

    /// <summary>The library fact: its type, and its values by field.</summary>
    public Fact Fact { get; }

    /// <summary>The fact type's name in the catalogue, e.g. <c>lossTier</c>.</summary>
    public string FactType => Fact.Schema.Name;

    /// <summary>Working-memory facts are equal only to themselves (NRules holds each object once).</summary>
    /// <param name="obj">The other object.</param>
    public sealed override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>
    /// An identity hash assigned at creation, so that NRules' working memory does not take the
    /// runtime's slower first-use path for an object's identity hash on every new fact.
    /// </summary>
    public sealed override int GetHashCode() => _hash;

    /// <summary>The fact as text, e.g. <c>lossTier(tier=major, rank=3)</c>.</summary>
    public override string ToString() => Fact.ToString();

    /// <summary>
    /// The working-memory object for a library fact: the typed class of its fact type when the
    /// type is the standard catalogue's, otherwise an untyped one.
    /// </summary>
    /// <param name="fact">The library fact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    public static RuleSetFact Of(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return StandardFacts.Wrap(fact) ?? new CatalogFact(fact);
    }

    /// <summary>The .NET type that holds facts of <paramref name="schema"/> in working memory.</summary>
    internal static Type TypeOf(FactSchema schema) => StandardFacts.TypeOf(schema) ?? typeof(CatalogFact);
}
