using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// One key and value of a mapping. A value held in the mapping's array, with the key's parts in it
/// rather than a scalar of its own: a case's tree has tens of entries, and their keys are read as
/// text (<see cref="KeyText"/>); <see cref="Key"/> makes the scalar when one is asked for.
/// </summary>
/// <param name="KeyText">The key's text.</param>
/// <param name="KeyPosition">Where the key starts.</param>
/// <param name="KeyStyle">How the key is written.</param>
/// <param name="Value">The value.</param>
internal readonly record struct YamlEntry(string KeyText, YamlPosition KeyPosition, YamlScalarStyle KeyStyle, YamlNode Value)
{
    /// <summary>An entry of <paramref name="key"/> and <paramref name="value"/>.</summary>
    public YamlEntry(YamlScalar key, YamlNode value)
        : this(key.Value, key.Position, key.Style, value)
    {
    }

    /// <summary>Where the key starts (1-based line and column).</summary>
    public SourceLocation KeyStart => KeyPosition.Location;

    /// <summary>The key, a scalar (made on each call).</summary>
    public YamlScalar Key => new(KeyPosition, KeyText, KeyStyle);
}
