using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>A scalar: its text as written (after unquoting) and its style.</summary>
/// <param name="Position">Where the scalar starts.</param>
/// <param name="Value">The text.</param>
/// <param name="Style">How it is written.</param>
internal sealed record YamlScalar(YamlPosition Position, string Value, YamlScalarStyle Style) : YamlNode(Position)
{
    /// <summary>Whether the scalar is unquoted.</summary>
    public bool IsPlain => Style == YamlScalarStyle.Plain;

    /// <summary>Whether the scalar is YAML's null: an unquoted empty value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc />
    public override string Describe() => IsNull ? "nothing (null)" : IsPlain ? $"'{Value}'" : $"quoted text '{Value}'";
}
