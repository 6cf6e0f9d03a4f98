namespace Accountability.Rules.Data.Yaml;

/// <summary>How a scalar is written, so that a quoted <c>"123"</c> can be told from <c>123</c>.</summary>
internal enum YamlScalarStyle
{
    /// <summary>Unquoted.</summary>
    Plain,

    /// <summary>In single quotes.</summary>
    SingleQuoted,

    /// <summary>In double quotes (as JSON writes strings).</summary>
    DoubleQuoted,

    /// <summary>A literal block (<c>|</c>).</summary>
    Literal,

    /// <summary>A folded block (<c>&gt;</c>).</summary>
    Folded,
}
