namespace Accountability.Rules.Evaluation;

/// <summary>A ground that excludes tolerance (容错) for a person (Yibin Art. 32), e.g. 主观故意.</summary>
/// <param name="Ground">The factor code of the ground, e.g. <c>intent</c>.</param>
/// <param name="Name">The ground's words in the text, when the ruleset lists it.</param>
/// <param name="Source">The rule that found it.</param>
public sealed record ToleranceDenial(string Ground, string? Name, Provenance Source);
