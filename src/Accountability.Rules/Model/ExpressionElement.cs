namespace Accountability.Rules.Model;

/// <summary>
/// An expression in a condition or an action. The hierarchy is closed: constants, field and
/// binding references, comparisons, logic, set membership and calls of built-in functions.
/// </summary>
public abstract record ExpressionElement
{
    private protected ExpressionElement()
    {
    }
}
