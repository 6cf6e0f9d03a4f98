using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>A citation as a ruleset file writes it: the citation and the position of its <c>cites</c> value.</summary>
/// <param name="Citation">The citation.</param>
/// <param name="At">Where its value is written.</param>
internal sealed record CitationSite(Citation Citation, SourceLocation At);
