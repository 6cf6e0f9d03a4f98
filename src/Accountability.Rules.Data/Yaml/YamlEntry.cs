using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// One key and value of a mapping. A value held in the mapping's array, with the key's parts in it
/// rather than a scalar of its own: a case's tree has tens of entries, and their keys are read as
/// text (<see cref="KeyText"/>); <see cref="Key"/> makes the scalar when one is asked for.
/// </summary>
internal readonly record struct YamlEntry
{
    private readonly YamlPosition _keyPosition;
    private readonly YamlScalarStyle _keyStyle;

    /// <summary>An entry of <paramref name="key"/> and <paramref name="value"/>.</summary>
    public YamlEntry(YamlScalar key, YamlNode value)
        : this(key.Value, key.Position, key.Style, value)
    {
    }

    /// <summary>An entry whose key is <paramref name="keyText"/>, written at <paramref name="keyPosition"/> in <paramref name="keyStyle"/>.</summary>
    public YamlEntry(string keyText, YamlPosition keyPosition, YamlScalarStyle keyStyle, YamlNode value)
    {
        KeyText = keyText;
        _keyPosition = keyPosition;
        _keyStyle = keyStyle;
        Value = value;
    }

    /// <summary>The key's text.</summary>
    public string KeyText { get; }

    /// <summary>Where the key starts.</summary>
    public SourceLocation KeyStart => _keyPosition.Location;

    /// <summary>The key, a scalar (made on each call).</summary>
    public YamlScalar Key => new(_keyPosition, KeyText, _keyStyle);

    /// <summary>The value.</summary>
    public YamlNode Value { get; }
}
