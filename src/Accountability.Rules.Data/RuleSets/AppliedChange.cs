using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>One change of an overlay as applied, with its own citation (the authority for the change).</summary>
/// <param name="Kind">add, replace or remove.</param>
/// <param name="Target">The rule or row id added, replaced or removed.</param>
/// <param name="RuleIds">The ids of the rules the change removed or put in place.</param>
/// <param name="Citation">The change's own citation.</param>
/// <param name="Source">Where the change is written.</param>
/// <param name="DroppedCodes">For a code list replaced: the parent's codes the replacement does not keep.</param>
internal sealed record AppliedChange(string Kind, string Target, System.Collections.Immutable.ImmutableArray<string> RuleIds, Citation Citation, SourceLocation Source, System.Collections.Immutable.ImmutableArray<string> DroppedCodes = default);
