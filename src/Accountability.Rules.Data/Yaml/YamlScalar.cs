using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>A scalar: its text as written (after unquoting) and its style.</summary>
/// <param name="Position">Where the scalar starts.</param>
/// <param name="Value">The text.</param>
/// <param name="Style">How it is written.</param>
internal sealed record YamlScalar(YamlPosition Position, string Value, YamlScalarStyle Style) : YamlNode(Position)
{
    /// <summary>The text.</summary>
    public string Value { get; private set; } = Value;

    /// <summary>How it is written.</summary>
    public YamlScalarStyle Style { get; private set; } = Style;

    /// <summary>Whether the scalar is unquoted.</summary>
    public bool IsPlain => Style == YamlScalarStyle.Plain;

    /// <summary>Whether the scalar is YAML's null: an unquoted empty value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Gives the scalar new contents: for <see cref="YamlNodePool"/> only, which reuses its nodes.</summary>
    internal YamlScalar Refill(YamlPosition position, string value, YamlScalarStyle style)
    {
        Position = position;
        Value = value;
        Style = style;
        return this;
    }

    /// <inheritdoc />
    public override string Describe() => IsNull ? "nothing (null)" : IsPlain ? $"'{Value}'" : $"quoted text '{Value}'";
}
