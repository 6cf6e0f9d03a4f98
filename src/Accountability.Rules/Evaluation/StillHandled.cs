namespace Accountability.Rules.Evaluation;

/// <summary>A person no longer in post who is still held accountable (Yibin Art. 33).</summary>
/// <param name="Status"><c>transferred</c>, <c>resigned</c> or <c>retired</c>.</param>
/// <param name="Source">The rule that found it.</param>
public sealed record StillHandled(string Status, Provenance Source);
