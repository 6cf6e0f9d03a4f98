using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>One firing that supports a derived fact: its rule and the facts it matched (what a <see cref="Derivation"/> says, without the firing's number).</summary>
/// <param name="Rule">The rule that asserted the fact.</param>
/// <param name="Order">
/// The rule's declaration order in the compiled ruleset (<see cref="CompiledRule.Order"/>) when the session
/// knows it (the compiled session: no lookup of the rule per support); -1 when an engine gives only the
/// rule (<see cref="Evaluation.ProjectionTables.Order(in Support)"/> finds it).
/// </param>
/// <param name="Matched">The facts the rule matched, patterns first, then aggregated facts.</param>
internal readonly record struct Support(RuleDefinition Rule, int Order, ImmutableArray<Fact> Matched);

/// <summary>
/// The supports of a derived fact, in the order they asserted it (<see cref="ISession.Supports"/>), for
/// the result projection, which reads a derivation's rule and matched facts only: the compiled
/// session reads them from the fact's entry without making <see cref="Derivation"/> objects; another
/// engine gives its derivations. Read it before the session changes.
/// </summary>
internal readonly struct Supports
{
    private readonly FactEntry? _entry;
    private readonly ImmutableArray<Derivation> _derivations;

    /// <summary>The supports of a compiled session's derived fact.</summary>
    public Supports(FactEntry entry) => _entry = entry;

    /// <summary>The supports a fact's derivations describe.</summary>
    public Supports(ImmutableArray<Derivation> derivations) => _derivations = derivations;

    /// <summary>None: an input fact, or a fact not held.</summary>
    public static Supports None => new(ImmutableArray<Derivation>.Empty);

    public int Count => _entry?.SupportCount ?? _derivations.Length;

    public Support this[int index]
    {
        get
        {
            if (_entry is { } entry)
            {
                var activation = entry.SupportAt(index);
                return new(activation.Rule.Definition, activation.Rule.Order, activation.Matched);
            }

            var derivation = _derivations[index];
            return new(derivation.Rule, -1, derivation.Matched);
        }
    }

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates the supports without allocating.</summary>
    public struct Enumerator(Supports supports)
    {
        private int _index = -1;

        public readonly Support Current => supports[_index];

        public bool MoveNext() => ++_index < supports.Count;
    }
}
