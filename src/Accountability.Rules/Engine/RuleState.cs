namespace Accountability.Rules.Engine;

/// <summary>A session's state for one rule: whether its matches must be recomputed, and its activations.</summary>
internal sealed class RuleState
{
    public bool Dirty { get; set; } = true;

    /// <summary>Whether the rule is in force on the session's date; a rule not in force never matches.</summary>
    public bool InForce { get; set; } = true;

    /// <summary>Matches not yet fired, by key, and in activation order.</summary>
    public Dictionary<MatchKey, Activation> Pending { get; } = [];

    public SortedSet<Activation> PendingInOrder { get; } = new(Comparer<Activation>.Create((a, b) => a.Sequence.CompareTo(b.Sequence)));

    /// <summary>For a positive rule: facts inserted since its matches were last brought up to date.</summary>
    public List<FactEntry> Inserted { get; } = [];

    /// <summary>Matches that fired and still hold.</summary>
    public Dictionary<MatchKey, Activation> Fired { get; } = [];
}
