using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// A rule that did not fire although a fact met every condition of it but one threshold: e.g. the
/// major tier by amount, not reached because the total of 900,000 is below 10,000,000 (Art. 19(3)).
/// Near misses are found for rules that match one fact, whose failing condition compares one of the
/// fact's fields with a constant by order (<c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>).
/// </summary>
/// <param name="RuleId">The rule that did not fire, e.g. <c>lossTiers/major/amount</c>.</param>
/// <param name="Title">The rule's one-line description.</param>
/// <param name="Citation">The article the rule comes from.</param>
/// <param name="Policy">The policy the rule applies; <c>null</c> when it rests on the text alone.</param>
/// <param name="Fact">The fact that met every other condition, as text such as <c>lossTotal(amount=900000, …)</c>.</param>
/// <param name="Field">The field the threshold concerns, e.g. <c>amount</c>.</param>
/// <param name="Operator">How the rule compares the field with the threshold.</param>
/// <param name="Threshold">The constant the rule compares with.</param>
/// <param name="Actual">The field's value in the fact.</param>
public sealed record NearMiss(
    string RuleId,
    string Title,
    Citation Citation,
    PolicyReference? Policy,
    string Fact,
    string Field,
    ComparisonOperator Operator,
    Value Threshold,
    Value Actual)
{
    /// <summary>The operator as the rule writes it: <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c> or <c>&gt;=</c>.</summary>
    public string OperatorSymbol => ComparisonExpression.Symbol(Operator);

    /// <summary>What the rule needed, e.g. <c>amount &gt;= 10000000</c>.</summary>
    public string Requirement => $"{Field} {OperatorSymbol} {Threshold}";
}
