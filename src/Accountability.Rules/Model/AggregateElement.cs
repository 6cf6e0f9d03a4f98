namespace Accountability.Rules.Model;

/// <summary>
/// Computes a value over all facts of a type that satisfy the condition and binds it to an alias.
/// Always matches (a sum over nothing is 0). A rule with an aggregate fires again when the set of
/// aggregated facts changes, and the facts it asserted before are retracted.
/// </summary>
/// <param name="Alias">The name expressions use for the computed value.</param>
/// <param name="Type">The fact type aggregated.</param>
/// <param name="ItemAlias">The name the condition uses for each candidate fact.</param>
/// <param name="Condition">A boolean expression over the candidate and earlier bindings; <c>null</c> for all facts.</param>
/// <param name="Function">The aggregate function.</param>
/// <param name="Field">The field summed; <c>null</c> for <see cref="AggregateFunction.Count"/>.</param>
public sealed record AggregateElement(string Alias, string Type, string ItemAlias, ExpressionElement? Condition, AggregateFunction Function, string? Field) : RuleElement
{
    /// <inheritdoc />
    public override string FactType => Type;
}
