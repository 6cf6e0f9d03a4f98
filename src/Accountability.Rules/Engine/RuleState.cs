namespace Accountability.Rules.Engine;

/// <summary>
/// A session's state for one rule: whether its matches must be recomputed, the facts inserted
/// since, and its activations — pending (in activation order) and fired. Collections are created
/// on first use, so a session for a large ruleset costs little until rules match. The activations
/// made for the rule are kept for the next case of a reused session, which makes its matches with
/// them (<see cref="NewActivation"/>) instead of new ones.
/// </summary>
internal sealed class RuleState
{
    /// <summary>The most activations kept for the next case (a case that made more makes the others again).</summary>
    private const int KeptActivations = 256;

    /// <summary>
    /// The activations of the case's matches still known (pending or fired, neither dropped nor withdrawn)
    /// by key, for refraction; made when first looked up (<see cref="Find"/>), so that a rule looked at
    /// once in a case (the usual) makes no index. Until then <see cref="_indexed"/> is false and the
    /// known activations are the live ones among the first <see cref="_used"/> of <see cref="_made"/>.
    /// </summary>
    private Dictionary<MatchKey, Activation>? _known;

    /// <summary>Looks <see cref="_known"/> up by the ids of a match, without making its key (made with it).</summary>
    private Dictionary<MatchKey, Activation>.AlternateLookup<ReadOnlySpan<long>> _knownByIds;

    /// <summary>Whether <see cref="_known"/> holds every known activation of the case.</summary>
    private bool _indexed;

    /// <summary>
    /// The pending activations in activation order, from <see cref="_head"/> on: the agenda fires the first
    /// (<see cref="NextPending"/>), which only moves the head, so that firing a rule's many matches one
    /// after the other does not shift the list each time. The activations before the head have fired.
    /// </summary>
    private KeptList<Activation>? _pending;

    /// <summary>The index in <see cref="_pending"/> of the first pending activation.</summary>
    private int _head;
    private KeptList<FactEntry>? _inserted;

    /// <summary>The activations made for the rule: the first <see cref="_used"/> by the current case, the others free.</summary>
    private List<Activation>? _made;
    private int _used;

    /// <summary>
    /// Starts the case numbered <paramref name="case"/>: nothing matched yet, every match to compute
    /// on the first look; the collections are kept for reuse, and the activations of the last case
    /// for its matches: nothing refers to them once the session restarts (the results of a case hold
    /// no activation, derivation or firing of it).
    /// </summary>
    public void Start(long @case)
    {
        _known?.Clear();
        _indexed = false;
        _pending?.Clear();
        _head = 0;
        _inserted?.Clear();
        if (_made is { Count: > KeptActivations } made)
        {
            made.RemoveRange(KeptActivations, made.Count - KeptActivations);
        }

        _used = 0;
        Dirty = true;
        Case = @case;
    }

    /// <summary>The case the state was last started for (see <see cref="Agenda"/>).</summary>
    public long Case { get; private set; }

    /// <summary>An activation for a new match of <paramref name="rule"/> (this state's): one of an earlier case, or a new one.</summary>
    public Activation NewActivation(CompiledRule rule)
    {
        var made = _made ??= [];
        if (_used == made.Count)
        {
            made.Add(new Activation(rule));
        }

        return made[_used++];
    }

    /// <summary>Whether every match must be recomputed (a negation or aggregate changed, or the first look).</summary>
    public bool Dirty { get; set; } = true;

    /// <summary>Facts inserted since the rule's matches were last brought up to date that only add matches (see <see cref="CompiledRule.RecomputesOn"/>).</summary>
    public KeptList<FactEntry> Inserted => _inserted ??= new();

    public bool HasInserted => _inserted is { Count: > 0 };

    /// <summary>The next pending activation, the oldest first.</summary>
    public Activation? NextPending => _pending is { } pending && _head < pending.Count ? pending[_head] : null;

    /// <summary>Whether the case has a known match of the rule (pending or fired): when not, every match a recomputation finds is new.</summary>
    public bool HasKnown
    {
        get
        {
            for (var i = 0; i < _used; i++)
            {
                if (!_made![i].Dead)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Adds to <paramref name="lost"/> every activation, pending or fired, not seen in the recomputation <paramref name="epoch"/>, in the order they were made.</summary>
    public void CollectLost(int epoch, List<Activation> lost)
    {
        for (var i = 0; i < _used; i++)
        {
            var activation = _made![i];
            if (!activation.Dead && activation.Seen != epoch)
            {
                lost.Add(activation);
            }
        }
    }

    /// <summary>The activation of a match already pending or fired (refraction), by the ids of its key; <c>null</c> for a new match.</summary>
    public Activation? Find(ReadOnlySpan<long> ids)
    {
        if (_used == 0)
        {
            return null;
        }

        if (!_indexed)
        {
            Index();
        }

        return _knownByIds.TryGetValue(ids, out var known) ? known : null;
    }

    /// <summary>Indexes the known activations by key (see <see cref="_known"/>).</summary>
    private void Index()
    {
        if (_known is null)
        {
            _known = new Dictionary<MatchKey, Activation>(MatchKeyComparer.Instance);
            _knownByIds = _known.GetAlternateLookup<ReadOnlySpan<long>>();
        }

        for (var i = 0; i < _used; i++)
        {
            var activation = _made![i];
            if (!activation.Dead)
            {
                _known.Add(activation.Key, activation);
            }
        }

        _indexed = true;
    }

    /// <summary>The number of pending activations.</summary>
    public int PendingCount => _pending is { } pending ? pending.Count - _head : 0;

    /// <summary>
    /// Puts the pending activations after the first <paramref name="from"/> (a <see cref="PendingCount"/> taken
    /// before matching, which fires none) in <paramref name="order"/> (<see cref="CompiledRule.MatchOrder"/>).
    /// </summary>
    public void SortPending(int from, IComparer<Activation> order)
    {
        var start = _head + from;
        if (_pending is { } pending && pending.Count - start > 1)
        {
            pending.Sort(start, pending.Count - start, order);
        }
    }

    /// <summary>A new activation (the last made, <see cref="NewActivation"/>) joins the agenda.</summary>
    public void AddPending(Activation activation)
    {
        if (_indexed)
        {
            _known!.Add(activation.Key, activation);
        }

        (_pending ??= new()).Add(activation);
    }

    /// <summary>Takes a pending activation off the agenda without firing it.</summary>
    public void Drop(Activation activation)
    {
        Forget(activation);
        var pending = _pending!;
        pending.RemoveAt(pending.IndexOf(activation, _head));
        activation.Dead = true;
    }

    /// <summary>Moves the next pending activation (<see cref="NextPending"/>) from pending to fired.</summary>
    public void MarkFired(Activation activation)
    {
        var pending = _pending!;
        if (!ReferenceEquals(pending[_head], activation))
        {
            throw new InvalidOperationException($"Only the next pending activation of rule '{activation.Rule.Definition.Id}' fires.");
        }

        if (++_head == pending.Count)
        {
            // Nothing pending: the list starts again empty rather than growing with the fired.
            pending.Clear();
            _head = 0;
        }
    }

    /// <summary>Forgets a fired activation whose match no longer holds (it is withdrawn next, which marks it dead).</summary>
    public void ForgetFired(Activation activation) => Forget(activation);

    private void Forget(Activation activation)
    {
        if (_indexed)
        {
            _known!.Remove(activation.Key);
        }
    }
}
