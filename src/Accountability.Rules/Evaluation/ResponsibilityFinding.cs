namespace Accountability.Rules.Evaluation;

/// <summary>The responsibility type a person bears (经营投资责任) and its basis.</summary>
/// <param name="Code">The responsibility code, e.g. <c>direct</c>, <c>supervisory</c>, <c>leadership</c>.</param>
/// <param name="Name">The responsibility's name in the text, e.g. 直接责任.</param>
/// <param name="English">Its English gloss, when the ruleset gives one.</param>
/// <param name="Basis"><c>given</c> (determined by the investigation and stated in the case) or <c>derived</c> (from role and conduct).</param>
/// <param name="Source">The rules that derived it, including the grounds the precedence chose among.</param>
public sealed record ResponsibilityFinding(string Code, string Name, string? English, string Basis, Provenance Source);
