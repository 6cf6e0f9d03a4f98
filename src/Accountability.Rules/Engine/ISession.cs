using System.Collections.Immutable;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// A working memory for one case: insert the case's facts, fire the rules to quiescence, read the
/// conclusions with their derivations. Cheap to create from a <see cref="CompiledRuleSet"/>.
/// Not thread-safe: use one session per case and thread.
/// </summary>
public interface ISession
{
    /// <summary>Inserts a fact. Throws <see cref="ArgumentException"/> for a fact type the ruleset's catalogue does not know.</summary>
    void Insert(Fact fact);

    /// <summary>Inserts several facts.</summary>
    void InsertAll(IEnumerable<Fact> facts);

    /// <summary>
    /// Retracts an inserted fact (by reference). Conclusions that depended on it are withdrawn
    /// when the rules fire next. Throws <see cref="ArgumentException"/> when the fact is not held.
    /// </summary>
    void Retract(Fact fact);

    /// <summary>Replaces an inserted fact with another of the same type.</summary>
    void Update(Fact current, Fact replacement);

    /// <summary>
    /// Fires rules until none is activated: by salience (higher first), then declaration order,
    /// then activation order; a rule fires once per matching combination of facts.
    /// </summary>
    /// <returns>The number of firings.</returns>
    /// <exception cref="RuleCycleException">
    /// Rules kept firing past <see cref="SessionOptions.MaxFirings"/>. What the session holds after
    /// it depends on the engine (the compiled engine keeps the next activation pending, NRules drops
    /// it): discard the session.
    /// </exception>
    int Fire();

    /// <summary>The facts of a type now held, in insertion order.</summary>
    ImmutableArray<Fact> Query(string factType);

    /// <summary>
    /// The facts of a type now held, in insertion order, copied into <paramref name="into"/> when they
    /// fit: <see cref="Query"/> without making an array, for the result projection. Returns how many
    /// there are; copies nothing when there are more than fit.
    /// </summary>
    internal int CopyFacts(FactSchema type, Span<Fact> into)
    {
        var facts = Query(type.Name);
        if (facts.Length <= into.Length)
        {
            facts.AsSpan().CopyTo(into);
        }

        return facts.Length;
    }

    /// <summary>
    /// Marks in <paramref name="held"/> (one flag per type ordinal of the catalogue, all false) the types of which a fact
    /// is now held, for the result projection, which then reads no type that has none; returns false, marking nothing,
    /// when the engine does not tell (every type is then read).
    /// </summary>
    internal bool MarkHeldTypes(Span<bool> held) => false;

    /// <summary>The derivations of a derived fact now held (empty for an input fact).</summary>
    ImmutableArray<Derivation> Derivations(Fact fact);

    /// <summary>
    /// The supports of a derived fact now held (none for an input fact): what <see cref="Derivations"/>
    /// says that the result projection reads. An engine gives its derivations; the compiled session
    /// reads its fact entries, without making a derivation per firing and an array per fact.
    /// </summary>
    internal Supports Supports(Fact fact) => new(Derivations(fact));

    /// <summary>The trace of the session so far (empty when explanations are off).</summary>
    Explanation Explain();
}
