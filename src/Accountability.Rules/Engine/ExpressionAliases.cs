using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>The aliases an expression refers to, through its fields and aggregate values.</summary>
internal static class ExpressionAliases
{
    public static void Collect(ExpressionElement expression, ISet<string> aliases)
    {
        switch (expression)
        {
            case FieldExpression field:
                aliases.Add(field.Alias);
                break;
            case BindingExpression binding:
                aliases.Add(binding.Alias);
                break;
            case ComparisonExpression comparison:
                Collect(comparison.Left, aliases);
                Collect(comparison.Right, aliases);
                break;
            case LogicalExpression logical:
                foreach (var operand in logical.Operands)
                {
                    Collect(operand, aliases);
                }

                break;
            case NegationExpression negation:
                Collect(negation.Operand, aliases);
                break;
            case MembershipExpression membership:
                Collect(membership.Operand, aliases);
                foreach (var item in membership.Items)
                {
                    Collect(item, aliases);
                }

                break;
            case CallExpression call:
                foreach (var argument in call.Arguments)
                {
                    Collect(argument, aliases);
                }

                break;
        }
    }
}
