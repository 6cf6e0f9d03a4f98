namespace Accountability.Rules.Model;

/// <summary>Matches one fact of a type for which the condition holds, and binds it to an alias.</summary>
/// <param name="Alias">The name later elements and actions use for the matched fact.</param>
/// <param name="Type">The fact type.</param>
/// <param name="Condition">A boolean expression over this fact and earlier bindings; <c>null</c> for any fact.</param>
public sealed record PatternElement(string Alias, string Type, ExpressionElement? Condition) : RuleElement
{
    /// <inheritdoc />
    public override string FactType => Type;
}
