namespace Accountability.Rules.Model;

/// <summary>A position in a source file, 1-based, for messages that point analysts at their YAML.</summary>
/// <param name="File">The file path as given to the loader, or a resource name.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>Text such as <c>rulesets/yibin-2020.yaml:12:5</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
