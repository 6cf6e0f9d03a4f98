using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// A match of a rule waiting on the agenda, or, once fired, the support of the facts it asserted.
/// Its rule's state makes it and, in a reused session, makes it over for a match of a later case
/// (<see cref="RuleState.NewActivation"/>, <see cref="Match"/>): its arrays are kept when the new
/// match has as many facts, as every match of a rule made only of patterns has.
/// </summary>
internal sealed class Activation(CompiledRule rule)
{
    /// <summary>The ids of the match's key (see <see cref="MatchBuffer.Ids"/>).</summary>
    private long[] _ids = [];

    /// <summary>The facts matched, patterns first (in element order), then aggregated facts.</summary>
    private Fact[] _matched = [];

    private readonly Value[] _values = rule.HasValues ? new Value[rule.SlotCount] : [];

    private Derivation? _derivation;

    public CompiledRule Rule { get; } = rule;

    public MatchKey Key { get; private set; }

    /// <summary>The order in which activations were created; the last tie-break on the agenda.</summary>
    public int Sequence { get; private set; }

    /// <summary>The aggregate values bound per slot (empty for a rule without aggregates).</summary>
    public Value[] Values => _values;

    /// <summary>The facts matched, patterns first, then aggregated facts, for derivations.</summary>
    public ImmutableArray<Fact> Matched => ImmutableCollectionsMarshal.AsImmutableArray(_matched);

    /// <summary>The firing's sequence number once fired; 0 while pending.</summary>
    public int Firing { get; set; }

    /// <summary>The last recomputation of its rule's matches that found this match again (see <see cref="Matcher"/>).</summary>
    public int Seen { get; set; }

    /// <summary>Whether the activation left the agenda or was withdrawn after firing.</summary>
    public bool Dead { get; set; }

    /// <summary>The facts this firing asserted (or re-asserted), one per action; all null until it fires.</summary>
    public FactEntry?[] Asserted { get; } = new FactEntry?[rule.Actions.Length];

    /// <summary>The derivation this firing gives the facts it asserted (made once, when first asked for).</summary>
    public Derivation Derivation => _derivation ??= new Derivation(Rule.Definition, Matched, Firing);

    /// <summary>
    /// Makes this the pending activation of the match bound in <paramref name="buffer"/> (its facts)
    /// and <paramref name="context"/> (its aggregate values), whose key is <paramref name="ids"/>.
    /// Only for a new activation or one of an earlier case: nothing may refer to it any more.
    /// </summary>
    public void Match(int sequence, ReadOnlySpan<long> ids, MatchBuffer buffer, MatchContext context, int seen)
    {
        if (_ids.Length != ids.Length)
        {
            _ids = new long[ids.Length];
        }

        ids.CopyTo(_ids);
        Key = new MatchKey(_ids);

        var count = buffer.Entries.Count;
        foreach (var entry in buffer.Aggregated)
        {
            if (entry is not null)
            {
                count++;
            }
        }

        if (_matched.Length != count)
        {
            _matched = new Fact[count];
        }

        var next = 0;
        foreach (var entry in buffer.Entries)
        {
            _matched[next++] = entry.Fact;
        }

        foreach (var entry in buffer.Aggregated)
        {
            if (entry is not null)
            {
                _matched[next++] = entry.Fact;
            }
        }

        context.Values.AsSpan(0, _values.Length).CopyTo(_values);
        Asserted.AsSpan().Clear();
        Sequence = sequence;
        Seen = seen;
        Firing = 0;
        Dead = false;
        _derivation = null;
    }
}
