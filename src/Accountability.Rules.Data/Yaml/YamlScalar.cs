using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// A scalar: its text as written (after unquoting) and its style. The text is a string, or (a JSON
/// number, which is ASCII and written as it reads) the place of its characters in the document,
/// made into a string only when <see cref="Value"/> is asked for: a number is read as a
/// <see cref="decimal"/> from <see cref="Text"/>, its string rarely wanted.
/// </summary>
internal sealed record YamlScalar : YamlNode
{
    private string? _value;
    private string _source = string.Empty;
    private int _start;
    private int _length;

    /// <summary>A scalar of <paramref name="value"/>.</summary>
    /// <param name="position">Where the scalar starts.</param>
    /// <param name="value">The text.</param>
    /// <param name="style">How it is written.</param>
    public YamlScalar(YamlPosition position, string value, YamlScalarStyle style)
        : base(position)
    {
        Refill(position, value, style);
    }

    /// <summary>A scalar whose text is the <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/> on.</summary>
    /// <param name="position">Where the scalar starts.</param>
    /// <param name="source">The document.</param>
    /// <param name="start">Where the text starts in it.</param>
    /// <param name="length">The text's length.</param>
    /// <param name="style">How it is written.</param>
    public YamlScalar(YamlPosition position, string source, int start, int length, YamlScalarStyle style)
        : base(position)
    {
        Refill(position, source, start, length, style);
    }

    /// <summary>The text (made from the document on first use when the scalar holds its place).</summary>
    public string Value => _value ??= _source.Substring(_start, _length);

    /// <summary>The text, without making a string of it.</summary>
    public ReadOnlySpan<char> Text => _value ?? _source.AsSpan(_start, _length);

    /// <summary>How it is written.</summary>
    public YamlScalarStyle Style { get; private set; }

    /// <summary>Whether the scalar is unquoted.</summary>
    public bool IsPlain => Style == YamlScalarStyle.Plain;

    /// <summary>Whether the scalar is YAML's null: an unquoted empty value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Gives the scalar new contents: for <see cref="YamlNodePool"/> only, which reuses its nodes.</summary>
    internal YamlScalar Refill(YamlPosition position, string value, YamlScalarStyle style)
    {
        Position = position;
        _value = value;
        _source = string.Empty;
        Style = style;
        return this;
    }

    /// <summary>Gives the scalar new contents, the place of its text in <paramref name="source"/>: for <see cref="YamlNodePool"/> only, which reuses its nodes.</summary>
    internal YamlScalar Refill(YamlPosition position, string source, int start, int length, YamlScalarStyle style)
    {
        Position = position;
        _value = null;
        _source = source;
        _start = start;
        _length = length;
        Style = style;
        return this;
    }

    /// <inheritdoc />
    public bool Equals(YamlScalar? other) =>
        other is not null && base.Equals(other) && Style == other.Style && Text.SequenceEqual(other.Text);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Style, string.GetHashCode(Text));

    /// <inheritdoc />
    public override string Describe() => IsNull ? "nothing (null)" : IsPlain ? $"'{Value}'" : $"quoted text '{Value}'";
}
