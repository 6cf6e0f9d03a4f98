namespace Accountability.Rules.Model;

/// <summary>Holds when no fact of a type satisfies the condition (negation as absence).</summary>
/// <param name="Alias">The name the condition uses for the candidate fact.</param>
/// <param name="Type">The fact type.</param>
/// <param name="Condition">A boolean expression over the candidate and earlier bindings; <c>null</c> for any fact.</param>
public sealed record NotElement(string Alias, string Type, ExpressionElement? Condition) : RuleElement
{
    /// <inheritdoc />
    public override string FactType => Type;
}
