namespace Accountability.Rules.Model;

/// <summary>One field of an asserted fact and the expression that computes it.</summary>
/// <param name="Field">The field name.</param>
/// <param name="Value">The expression.</param>
public sealed record FieldAssignment(string Field, ExpressionElement Value);
