namespace Accountability.Rules.Engine;

/// <summary>A session's state for one rule: whether its matches must be recomputed, and its activations.</summary>
internal sealed class RuleState
{
    public bool Dirty { get; set; } = true;

    /// <summary>Whether the rule is in force on the session's date; a rule not in force never matches.</summary>
    public bool InForce { get; set; } = true;

    /// <summary>Matches not yet fired, by key, and in activation order.</summary>
    public Dictionary<MatchKey, Activation> Pending { get; } = [];

    public SortedDictionary<int, Activation> PendingInOrder { get; } = [];

    /// <summary>Matches that fired and still hold.</summary>
    public Dictionary<MatchKey, Activation> Fired { get; } = [];
}
