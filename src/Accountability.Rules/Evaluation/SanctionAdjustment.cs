namespace Accountability.Rules.Evaluation;

/// <summary>
/// How the factors found move a person's sanction. The texts do not quantify 从重/加重/从轻/减轻/免于;
/// the effect is the ruleset's policy, named in <see cref="Policy"/>.
/// </summary>
/// <param name="Direction"><c>aggravate</c>, <c>mitigate</c>, <c>weigh</c> (factors of both kinds apply) or <c>none</c>.</param>
/// <param name="Terms">The text's words, e.g. 从重或加重.</param>
/// <param name="Effect">What that means for the range, under the policy.</param>
/// <param name="Policy">The policy the effect rests on, when the rule names one.</param>
/// <param name="Source">The rules that derived it.</param>
public sealed record SanctionAdjustment(string Direction, string Terms, string Effect, PolicyReference? Policy, Provenance Source);
