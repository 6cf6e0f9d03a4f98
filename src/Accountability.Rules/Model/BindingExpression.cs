namespace Accountability.Rules.Model;

/// <summary>The value an <see cref="AggregateElement"/> bound to an alias.</summary>
/// <param name="Alias">The aggregate's alias.</param>
public sealed record BindingExpression(string Alias) : ExpressionElement
{
    /// <inheritdoc />
    public override string ToString() => Alias;
}
