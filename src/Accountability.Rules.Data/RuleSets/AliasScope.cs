using Accountability.Rules.Facts;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// The aliases a rule has bound so far: a matched fact (with its type) or an aggregate's value
/// (without). An alias must be bound before it is used. Mutable; one per rule.
/// </summary>
internal sealed class AliasScope
{
    private readonly Dictionary<string, FactSchema?> _aliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);

    /// <summary>The aliases bound, in no particular order.</summary>
    public IReadOnlyCollection<string> Names => _aliases.Keys;

    /// <summary>Binds an alias to a fact type, or to a value when <paramref name="fact"/> is <c>null</c>.</summary>
    /// <returns><c>false</c> when the alias is already bound.</returns>
    public bool Bind(string alias, FactSchema? fact) => _aliases.TryAdd(alias, fact);

    /// <summary>
    /// Records an alias whose element has an error (already reported), so that its uses are not
    /// reported again as unbound.
    /// </summary>
    public void BindBroken(string alias) => _broken.Add(alias);

    /// <summary>Whether the alias belongs to an element with an error.</summary>
    public bool IsBroken(string alias) => _broken.Contains(alias);

    /// <summary>Unbinds an alias (the candidate of a negation or aggregate after its condition).</summary>
    public void Unbind(string alias) => _aliases.Remove(alias);

    /// <summary>Finds an alias; <paramref name="fact"/> is <c>null</c> for an aggregate's value.</summary>
    public bool TryGet(string alias, out FactSchema? fact) => _aliases.TryGetValue(alias, out fact);
}
