namespace Accountability.Rules.Evaluation;

/// <summary>An aggravating or mitigating factor found for a person (Yibin Art. 31, 32).</summary>
/// <param name="Code">The factor code, e.g. <c>external-supervision</c>.</param>
/// <param name="Name">The factor's words in the text, when the ruleset lists it.</param>
/// <param name="Direction"><c>aggravating</c> or <c>mitigating</c>.</param>
/// <param name="Terms">The text's words for the effect, e.g. 从重或加重.</param>
/// <param name="Source">The rule that found it.</param>
public sealed record FactorFinding(string Code, string? Name, string Direction, string Terms, Provenance Source);
