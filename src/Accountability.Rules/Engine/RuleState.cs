namespace Accountability.Rules.Engine;

/// <summary>
/// A session's state for one rule: whether its matches must be recomputed, the facts inserted
/// since, and its activations — pending (in activation order) and fired. Collections are created
/// on first use, so a session for a large ruleset costs little until rules match.
/// </summary>
internal sealed class RuleState
{
    private Dictionary<MatchKey, Activation>? _known;
    private List<Activation>? _pending;
    private List<FactEntry>? _inserted;

    /// <summary>Starts a case: nothing matched yet, in force or not on its date; the collections are kept for reuse.</summary>
    public void Start(bool inForce)
    {
        _known?.Clear();
        _pending?.Clear();
        _inserted?.Clear();
        Dirty = inForce;
        InForce = inForce;
    }

    /// <summary>Whether every match must be recomputed (a negation or aggregate changed, or the first look).</summary>
    public bool Dirty { get; set; } = true;

    /// <summary>Whether the rule is in force on the session's date; a rule not in force never matches.</summary>
    public bool InForce { get; set; } = true;

    /// <summary>For a positive rule: facts inserted since its matches were last brought up to date.</summary>
    public List<FactEntry> Inserted => _inserted ??= [];

    public bool HasInserted => _inserted is { Count: > 0 };

    /// <summary>The next pending activation, the oldest first.</summary>
    public Activation? NextPending => _pending is { Count: > 0 } pending ? pending[0] : null;

    /// <summary>Adds to <paramref name="lost"/> every activation, pending or fired, not seen in the recomputation <paramref name="epoch"/>.</summary>
    public void CollectLost(int epoch, List<Activation> lost)
    {
        if (_known is null)
        {
            return;
        }

        foreach (var activation in _known.Values)
        {
            if (activation.Seen != epoch)
            {
                lost.Add(activation);
            }
        }
    }

    /// <summary>The activation of a match already pending or fired (refraction), by the ids of its key; <c>null</c> for a new match.</summary>
    public Activation? Find(ReadOnlySpan<long> ids) =>
        _known is not null && _known.GetAlternateLookup<ReadOnlySpan<long>>().TryGetValue(ids, out var known) ? known : null;

    public void AddPending(Activation activation)
    {
        (_known ??= new Dictionary<MatchKey, Activation>(MatchKeyComparer.Instance)).Add(activation.Key, activation);
        (_pending ??= []).Add(activation);
    }

    /// <summary>Takes a pending activation off the agenda without firing it.</summary>
    public void Drop(Activation activation)
    {
        _known!.Remove(activation.Key);
        _pending!.Remove(activation);
        activation.Dead = true;
    }

    /// <summary>Moves an activation from pending to fired.</summary>
    public void MarkFired(Activation activation) => _pending!.Remove(activation);

    /// <summary>Forgets a fired activation whose match no longer holds.</summary>
    public void ForgetFired(Activation activation) => _known!.Remove(activation.Key);
}
