using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// The rules of a session's case that are primed (<see cref="Priming"/>): counted as facts come and go, from
/// the facts held of each primer, the primers held of each gate and the gates still closed of each rule. Part
/// of an <see cref="Agenda"/>; reset for each case (<see cref="Start"/>).
/// </summary>
internal sealed class PrimedRules
{
    private readonly Priming _priming;

    /// <summary>By primer, the facts held that hold it.</summary>
    private readonly int[] _facts;

    /// <summary>By gate, its primers that facts held hold.</summary>
    private readonly int[] _open;

    /// <summary>By priority position, the gates of the rule still closed.</summary>
    private readonly int[] _closed;

    public PrimedRules(Priming priming)
    {
        _priming = priming;
        _facts = new int[priming.GatesOfPrimer.Length];
        _open = new int[priming.GatePosition.Length];
        _closed = new int[priming.GatesOfPosition.Length];
        Positions = new PositionSet(priming.GatesOfPosition.Length);
    }

    /// <summary>The priority positions of the rules primed.</summary>
    public PositionSet Positions { get; }

    /// <summary>Starts a case without facts: only the rules without a keyed pattern are primed.</summary>
    public void Start()
    {
        _facts.AsSpan().Clear();
        _open.AsSpan().Clear();
        _priming.GatesOfPosition.CopyTo(_closed.AsSpan());
        Positions.CopyFrom(_priming.WithoutGates);
    }

    /// <summary>A fact came: the gates its primers open may prime rules.</summary>
    public void Add(Fact fact)
    {
        foreach (var keyed in _priming.ByType[fact.Schema.Ordinal])
        {
            if (PrimerOf(fact, keyed) is var primer and >= 0 && _facts[primer]++ == 0)
            {
                Open(primer);
            }
        }
    }

    /// <summary>A fact went: the gates only its primers held open close, and their rules are primed no more.</summary>
    public void Remove(Fact fact)
    {
        foreach (var keyed in _priming.ByType[fact.Schema.Ordinal])
        {
            if (PrimerOf(fact, keyed) is var primer and >= 0 && --_facts[primer] == 0)
            {
                Close(primer);
            }
        }
    }

    /// <summary>The primer of the text a fact holds in a keyed field; -1 when it holds none a pattern allows.</summary>
    private static int PrimerOf(Fact fact, Priming.KeyedField keyed) =>
        fact[keyed.FieldIndex].Text is { } text && keyed.Primers.TryGetValue(text, out var primer) ? primer : -1;

    private void Open(int primer)
    {
        foreach (var gate in _priming.GatesOfPrimer[primer])
        {
            if (_open[gate]++ == 0)
            {
                var position = _priming.GatePosition[gate];
                if (--_closed[position] == 0)
                {
                    Positions.Add(position);
                }
            }
        }
    }

    private void Close(int primer)
    {
        foreach (var gate in _priming.GatesOfPrimer[primer])
        {
            if (--_open[gate] == 0)
            {
                var position = _priming.GatePosition[gate];
                if (_closed[position]++ == 0)
                {
                    Positions.Remove(position);
                }
            }
        }
    }
}
