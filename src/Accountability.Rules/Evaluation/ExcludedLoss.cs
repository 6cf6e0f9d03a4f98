namespace Accountability.Rules.Evaluation;

/// <summary>A loss component not counted in the asset loss, and why.</summary>
/// <param name="LossId">The loss id of the case.</param>
/// <param name="Amount">The amount not counted, in the ruleset's currency.</param>
/// <param name="Reason">Why it is not counted, e.g. a contingent loss no intermediary has assessed.</param>
/// <param name="Description">The case's description of the loss, when given.</param>
/// <param name="Source">The rule that excluded it.</param>
public sealed record ExcludedLoss(string LossId, decimal Amount, string Reason, string? Description, Provenance Source);
