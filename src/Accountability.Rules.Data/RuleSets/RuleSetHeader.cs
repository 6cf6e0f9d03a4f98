using System.Collections.Immutable;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>The <c>ruleset:</c> section: identity and period in force.</summary>
/// <param name="Id">The ruleset id.</param>
/// <param name="Version">The ruleset's version.</param>
/// <param name="Title">The title in the original language.</param>
/// <param name="TitleEnglish">An English title, when given.</param>
/// <param name="InForceFrom">The first day in force.</param>
/// <param name="InForceTo">The last day in force, inclusive, when given.</param>
/// <param name="Citation">The article that sets the period in force, when given.</param>
/// <param name="DecisiveDates">The fact dates that decide applicability, one per fact type; empty for the case's decision date.</param>
/// <param name="StatesDecisiveDate">Whether the section states it (an overlay that does not keeps its parent's).</param>
internal sealed record RuleSetHeader(string Id, string Version, string Title, string? TitleEnglish, LocalDate InForceFrom, LocalDate? InForceTo, Citation? Citation, ImmutableArray<DecisiveDate> DecisiveDates, bool StatesDecisiveDate);
