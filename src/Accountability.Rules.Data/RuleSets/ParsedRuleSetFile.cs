using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// A ruleset file parsed once: its text (for the content hash), its YAML tree, the errors of the
/// parse and the preview read from the tree. The catalogue indexes it by the preview, the reader
/// reads the same tree, and whether it extends a parent is read from the tree. Immutable.
/// </summary>
internal sealed class ParsedRuleSetFile
{
    private ParsedRuleSetFile(string file, string text, YamlNode? root, ImmutableArray<Accountability.Rules.Diagnostics.Diagnostic> parseErrors)
    {
        File = file;
        Text = text;
        Root = root;
        ParseErrors = parseErrors;
        Preview = root is YamlMapping mapping ? RuleSetPreview.From(mapping) : null;
    }

    /// <summary>The name errors give for the file.</summary>
    public string File { get; }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The tree; <c>null</c> when the text cannot be read as YAML at all.</summary>
    public YamlNode? Root { get; }

    /// <summary>The errors the parse found (reported again by every load of the file).</summary>
    public ImmutableArray<Accountability.Rules.Diagnostics.Diagnostic> ParseErrors { get; }

    /// <summary>The id, version, period and parent, when the tree has a readable <c>ruleset.id</c>.</summary>
    public RuleSetPreview? Preview { get; }

    /// <summary>Whether the file has a top-level <c>extends:</c>, so that its parents must be found.</summary>
    public bool Extends => Root is YamlMapping mapping && mapping.Find("extends") is not null;

    /// <summary>Whether the file is a case: its top-level <c>ruleset:</c> is a name, not a mapping that declares a ruleset.</summary>
    public bool IsCase => Root is YamlMapping mapping && mapping.Find("ruleset")?.Value is YamlScalar { IsNull: false };

    /// <summary>Parses a text.</summary>
    public static ParsedRuleSetFile Parse(string file, string text)
    {
        var errors = new LoadErrors();
        var root = YamlReader.Read(text, file, errors);
        return new ParsedRuleSetFile(file, text, root, errors.ToImmutable());
    }
}
