namespace NRulesHost;

/// <summary>The host's own conclusion: the board of a group-level enterprise must be told of a major loss.</summary>
/// <param name="Enterprise">The enterprise's name.</param>
/// <param name="Tier">The loss tier the ruleset concluded.</param>
public sealed record BoardNotification(string Enterprise, string Tier);
