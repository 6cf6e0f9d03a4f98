namespace Accountability.Rules.Tests.NRules;

/// <summary>The host's conclusion.</summary>
public sealed record BoardNotice(string Enterprise, string Tier);
