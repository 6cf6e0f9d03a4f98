using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>Turns a range into the comparisons a rule condition makes.</summary>
internal static class RangeConditions
{
    /// <summary>
    /// The condition that <paramref name="operand"/> lies in the range: one comparison per bound
    /// (an inclusive lower bound is <c>&gt;=</c>, an exclusive one <c>&gt;</c>; an inclusive upper
    /// bound is <c>&lt;=</c>, an exclusive one <c>&lt;</c>), joined with <c>and</c> when there are two.
    /// </summary>
    public static ExpressionElement InRange(ValueRange range, ExpressionElement operand)
    {
        var comparisons = new List<ExpressionElement>(2);
        if (range.Lower is { } lower)
        {
            var op = lower.Inclusive ? ComparisonOperator.GreaterThanOrEqual : ComparisonOperator.GreaterThan;
            comparisons.Add(new ComparisonExpression(op, operand, new ConstantExpression(Value.Of(lower.Value))));
        }

        if (range.Upper is { } upper)
        {
            var op = upper.Inclusive ? ComparisonOperator.LessThanOrEqual : ComparisonOperator.LessThan;
            comparisons.Add(new ComparisonExpression(op, operand, new ConstantExpression(Value.Of(upper.Value))));
        }

        return comparisons.Count == 1 ? comparisons[0] : new LogicalExpression(true, [.. comparisons]);
    }
}
