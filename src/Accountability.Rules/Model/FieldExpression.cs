namespace Accountability.Rules.Model;

/// <summary>A field of a fact bound to an alias, e.g. <c>t.tier</c>.</summary>
/// <param name="Alias">The alias of a pattern, or of the candidate in a negation or aggregate.</param>
/// <param name="Field">The field name.</param>
public sealed record FieldExpression(string Alias, string Field) : ExpressionElement
{
    /// <inheritdoc />
    public override string ToString() => $"{Alias}.{Field}";
}
