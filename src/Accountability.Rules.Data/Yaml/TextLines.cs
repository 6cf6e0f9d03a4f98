using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// A document's text and file name, which turn an offset in the text into a line and a column when a
/// message needs one: 1-based, columns counted in UTF-16 characters as the YAML reader counts them.
/// Offsets count UTF-16 characters, or the bytes of the text's UTF-8 encoding (as a reader of the
/// encoded text meets them), which are made characters only here. Immutable.
/// </summary>
/// <param name="text">The document.</param>
/// <param name="file">The name positions give for it.</param>
/// <param name="utf8Offsets">Whether offsets count UTF-8 bytes rather than characters.</param>
internal sealed class TextLines(string text, string file, bool utf8Offsets = false)
{
    /// <summary>The line and column of the character at <paramref name="offset"/> (the first byte of its encoding when offsets count UTF-8 bytes).</summary>
    public SourceLocation Locate(int offset)
    {
        if (utf8Offsets)
        {
            offset = Character(offset);
        }

        var before = text.AsSpan(0, offset);
        var lineStart = before.LastIndexOf('\n') + 1;
        return new SourceLocation(file, before.Count('\n') + 1, offset - lineStart + 1);
    }

    /// <summary>The offset in characters of the character whose UTF-8 encoding starts at byte <paramref name="utf8Offset"/> (a surrogate pair is four bytes).</summary>
    private int Character(int utf8Offset)
    {
        var (characters, bytes) = (0, 0);
        foreach (var rune in text.EnumerateRunes())
        {
            if (bytes >= utf8Offset)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            characters += rune.Utf16SequenceLength;
        }

        return characters;
    }
}
