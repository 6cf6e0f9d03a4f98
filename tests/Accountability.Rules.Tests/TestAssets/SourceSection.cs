namespace Accountability.Rules.Tests.TestAssets;

/// <summary>A section (篇N) of the compilation file in docs/sources, joined without line breaks so that page breaks do not split quotations.</summary>
internal static class SourceSection
{
    /// <summary>The compilation file, relative to the repository root.</summary>
    public const string CompilationPath = "docs/sources/accountability-compilation-incl-yibin-2020-measures.txt";

    /// <summary>The text of section 篇<paramref name="number"/> (e.g. 四), up to the next section or the end of the file.</summary>
    public static string Of(string number)
    {
        var lines = File.ReadAllLines(RepositoryRoot.Combine(CompilationPath));
        var start = Array.FindIndex(lines, l => l.StartsWith("责任追究工作报告机制篇" + number, StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidOperationException($"Section not found. Section=篇{number}");
        }

        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("责任追究工作报告机制篇", StringComparison.Ordinal));
        return string.Concat(lines[start..(end < 0 ? lines.Length : end)].Select(l => l.Trim()));
    }
}
