namespace Accountability.Rules.Tests.TestAssets;

/// <summary>Finds the 1-based line and column of a marker in a text, to assert error positions.</summary>
internal static class TextPosition
{
    /// <summary>The position of the first character of the <paramref name="occurrence"/>-th occurrence of <paramref name="marker"/>.</summary>
    public static (int Line, int Column) Of(string text, string marker, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"Marker not found. Marker={marker} Occurrence={occurrence}", nameof(marker));
            }
        }

        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (index == 0)
        {
            lineStart = 0;
        }

        return (line, index - lineStart + 1);
    }
}
