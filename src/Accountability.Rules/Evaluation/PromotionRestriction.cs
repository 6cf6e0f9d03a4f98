using NodaTime;

namespace Accountability.Rules.Evaluation;

/// <summary>A restriction on a person's promotion in effect after the longer-period rule (Yibin Art. 30).</summary>
/// <param name="Kind"><c>no-promotion</c> (不得提拔), <c>no-important-post</c> (不得重用), <c>no-post</c> (不安排职务) or <c>no-higher-post</c> (不得担任高于原任职务层级的职务).</param>
/// <param name="Measure">The measure or discipline sanction it follows from, as written, e.g. 诫勉.</param>
/// <param name="LastDay">The last restricted day, inclusive.</param>
/// <param name="Source"><c>accountability</c> (a measure of this ruleset) or <c>discipline</c> (a discipline sanction).</param>
/// <param name="Provenance">The rules that derived it.</param>
public sealed record PromotionRestriction(string Kind, string Measure, LocalDate LastDay, string Source, Provenance Provenance);
