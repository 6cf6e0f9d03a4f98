using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// Where a node starts: a <see cref="SourceLocation"/> already made (the YAML parser's nodes), or an
/// offset in a <see cref="TextLines"/> whose line and column are worked out only when asked for
/// (<see cref="JsonTreeReader"/>'s nodes: positions are for messages, and most are never asked for).
/// Two positions are equal when they name the same file, line and column. Immutable.
/// </summary>
internal readonly struct YamlPosition : IEquatable<YamlPosition>
{
    private readonly object _at;
    private readonly int _offset;

    /// <summary>A position already worked out.</summary>
    public YamlPosition(SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        _at = location;
    }

    /// <summary>The position of the character at <paramref name="offset"/> (UTF-16 characters from the start) of <paramref name="text"/>.</summary>
    public YamlPosition(TextLines text, int offset)
    {
        _at = text;
        _offset = offset;
    }

    /// <summary>The file, 1-based line and column.</summary>
    public SourceLocation Location => _at as SourceLocation ?? ((TextLines)_at).Locate(_offset);

    /// <summary>A position already worked out.</summary>
    public static implicit operator YamlPosition(SourceLocation location) => new(location);

    /// <inheritdoc />
    public bool Equals(YamlPosition other) => Location.Equals(other.Location);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is YamlPosition other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Location.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Location.ToString();
}
