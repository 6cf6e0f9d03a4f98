namespace Accountability.Rules.Evaluation;

/// <summary>A criterion of a loss tier that the loss meets (Yibin Art. 19: the amount or the asset ratio).</summary>
/// <param name="Tier">The tier code, e.g. <c>larger</c>.</param>
/// <param name="TierName">The tier's name in the text, e.g. 较大资产损失.</param>
/// <param name="Rank">The tier's rank, 1 for the lowest.</param>
/// <param name="Criterion"><c>amount</c> or <c>assetRatio</c>.</param>
/// <param name="Source">The rule that found it.</param>
public sealed record TierCriterionMet(string Tier, string TierName, int Rank, string Criterion, Provenance Source);
