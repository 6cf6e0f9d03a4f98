using System.Text;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Loading;

/// <summary>Reads a file's or a stream's text as UTF-8, reporting one that cannot be read or is too large.</summary>
internal static class SourceText
{
    /// <summary>The text; <c>null</c> (reported at line 1, column 1 of the path) when it cannot be read.</summary>
    public static string? Read(string path, LoadErrors errors)
    {
        var at = new SourceLocation(path, 1, 1);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > YamlLimits.MaxCharacters * 4L)
            {
                errors.Add(at, LoadDiagnostics.TooLarge, length, YamlLimits.MaxCharacters);
                return null;
            }

            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add(at, LoadDiagnostics.FileNotRead, ex.Message);
            return null;
        }
    }

    /// <summary>
    /// The text of a stream, read to its end as UTF-8 (a byte order mark is skipped); <c>null</c>
    /// (reported at line 1, column 1 of <paramref name="name"/>) when it cannot be read or holds more
    /// bytes than a file may. Reading stops at the limit; the stream is not closed.
    /// </summary>
    public static string? Read(Stream stream, string name, LoadErrors errors)
    {
        var at = new SourceLocation(name, 1, 1);
        const long limit = YamlLimits.MaxCharacters * 4L;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    errors.Add(at, LoadDiagnostics.TooLarge, $"more than {limit}", YamlLimits.MaxCharacters);
                    return null;
                }
            }

            buffer.Position = 0;
            using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            errors.Add(at, LoadDiagnostics.FileNotRead, ex.Message);
            return null;
        }
    }
}
