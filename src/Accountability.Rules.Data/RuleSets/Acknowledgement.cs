using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// A reviewed verification finding, acknowledged in the ruleset (<c>acknowledged:</c>): it stays
/// quiet while the element it concerns keeps the content it had (<see cref="Hash"/>).
/// </summary>
/// <param name="Finding">The finding's id, e.g. <c>ACR1132</c>.</param>
/// <param name="At">The element: a rule or row id, <c>codes/&lt;list&gt;/&lt;code&gt;</c>, <c>tiers/&lt;code&gt;</c>, <c>sanctionMatrix/&lt;tier&gt;/&lt;responsibility&gt;</c> or <c>cites/&lt;document&gt; &lt;article&gt;</c>.</param>
/// <param name="Reason">Why the finding is accepted.</param>
/// <param name="Hash">The first 12 hex digits of the element's content hash when it was reviewed; <c>null</c> when not written.</param>
/// <param name="Start">Where the entry is written.</param>
internal sealed record Acknowledgement(string Finding, string At, string Reason, string? Hash, SourceLocation Start);
