namespace Accountability.Rules.Evaluation;

/// <summary>A remark a rule attached to the result, such as a criterion that could not be evaluated.</summary>
/// <param name="Text">The remark.</param>
/// <param name="Subject">What it concerns, e.g. <c>lossSeverity</c>; <c>null</c> for the case as a whole.</param>
/// <param name="Source">The rules that made the remark.</param>
public sealed record ResultNote(string Text, string? Subject, Provenance Source);
