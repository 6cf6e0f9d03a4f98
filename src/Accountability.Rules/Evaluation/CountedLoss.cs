namespace Accountability.Rules.Evaluation;

/// <summary>A loss component counted in the asset loss.</summary>
/// <param name="LossId">The loss id of the case.</param>
/// <param name="Amount">The amount counted, in the ruleset's currency.</param>
/// <param name="Kind"><c>direct</c>, <c>indirect</c> or <c>contingent</c>.</param>
/// <param name="Description">The case's description of the loss, when given.</param>
/// <param name="Source">The rule that counted it.</param>
public sealed record CountedLoss(string LossId, decimal Amount, string Kind, string? Description, Provenance Source);
