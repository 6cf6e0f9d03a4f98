using System.Text;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Loading;

/// <summary>Reads a file's text as UTF-8, reporting a file that cannot be read or is too large.</summary>
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
}
