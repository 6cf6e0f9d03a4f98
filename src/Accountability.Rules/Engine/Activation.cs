using System.Collections.Immutable;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>A match of a rule waiting on the agenda, or, once fired, the support of the facts it asserted.</summary>
internal sealed class Activation(CompiledRule rule, MatchKey key, int sequence, Fact?[] facts, Value[] values, ImmutableArray<Fact> matched)
{
    public CompiledRule Rule { get; } = rule;

    public MatchKey Key { get; } = key;

    /// <summary>The order in which activations were created; the last tie-break on the agenda.</summary>
    public int Sequence { get; } = sequence;

    /// <summary>The facts bound per slot (null for negation slots).</summary>
    public Fact?[] Facts { get; } = facts;

    /// <summary>The aggregate values bound per slot.</summary>
    public Value[] Values { get; } = values;

    /// <summary>The facts matched, patterns first, then aggregated facts, for derivations.</summary>
    public ImmutableArray<Fact> Matched { get; } = matched;

    /// <summary>The firing's sequence number once fired; 0 while pending.</summary>
    public int Firing { get; set; }

    /// <summary>The last recomputation of its rule's matches that found this match again (see <see cref="Matcher"/>).</summary>
    public int Seen { get; set; }

    /// <summary>Whether the activation left the agenda or was withdrawn after firing.</summary>
    public bool Dead { get; set; }

    /// <summary>The facts this firing asserted (or re-asserted), one per action; empty until it fires.</summary>
    public FactEntry[] Asserted { get; set; } = [];

    /// <summary>The derivation this firing gives the facts it asserted (made once, when first asked for).</summary>
    public Derivation Derivation => field ??= new Derivation(Rule.Definition, Matched, Firing);
}
