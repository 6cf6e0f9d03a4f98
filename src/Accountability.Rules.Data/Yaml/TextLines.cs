using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// A document's text and file name, which turn an offset in the text into a line and a column when a
/// message needs one: 1-based, columns counted in UTF-16 characters as the YAML reader counts them.
/// Immutable.
/// </summary>
/// <param name="text">The document.</param>
/// <param name="file">The name positions give for it.</param>
internal sealed class TextLines(string text, string file)
{
    /// <summary>The line and column of the character at <paramref name="offset"/>.</summary>
    public SourceLocation Locate(int offset)
    {
        var before = text.AsSpan(0, offset);
        var lineStart = before.LastIndexOf('\n') + 1;
        return new SourceLocation(file, before.Count('\n') + 1, offset - lineStart + 1);
    }
}
