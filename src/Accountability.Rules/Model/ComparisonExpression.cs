namespace Accountability.Rules.Model;

/// <summary>Compares two expressions of the same kind.</summary>
/// <param name="Operator">The comparison.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
public sealed record ComparisonExpression(ComparisonOperator Operator, ExpressionElement Left, ExpressionElement Right) : ExpressionElement
{
    /// <inheritdoc />
    public override string ToString() => $"{Left} {Symbol(Operator)} {Right}";

    internal static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessThanOrEqual => "<=",
        ComparisonOperator.GreaterThan => ">",
        _ => ">=",
    };
}
