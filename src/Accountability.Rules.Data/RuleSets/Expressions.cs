using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>Short constructors for the expressions generated rules use.</summary>
internal static class Expressions
{
    /// <summary>A text constant.</summary>
    public static ConstantExpression Text(string text) => new(Value.Of(text));

    /// <summary>A number constant.</summary>
    public static ConstantExpression Number(decimal number) => new(Value.Of(number));

    /// <summary>A boolean constant.</summary>
    public static ConstantExpression Boolean(bool value) => new(Value.Of(value));

    /// <summary>A number constant, or the absent value.</summary>
    public static ConstantExpression Number(decimal? number) => new(Value.Of(number));

    /// <summary>A text constant, or the absent value.</summary>
    public static ConstantExpression OptionalText(string? text) => new(Value.Of(text));

    /// <summary>A list-of-texts constant.</summary>
    public static ConstantExpression TextList(ImmutableArray<string> texts) => new(Value.Of(texts));

    /// <summary>The absent value.</summary>
    public static ConstantExpression Null { get; } = new(Value.Null);

    /// <summary>A field of an alias.</summary>
    public static FieldExpression Field(string alias, string field) => new(alias, field);

    /// <summary>An equality.</summary>
    public static ComparisonExpression Equal(ExpressionElement left, ExpressionElement right) => new(ComparisonOperator.Equal, left, right);

    /// <summary>A field assignment.</summary>
    public static FieldAssignment Set(string field, ExpressionElement value) => new(field, value);
}
