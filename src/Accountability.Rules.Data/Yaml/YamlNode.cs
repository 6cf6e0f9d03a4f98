using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// A node of a YAML document as the strict reader builds it: a mapping, a sequence or a scalar,
/// each with the position where it starts. Immutable.
/// </summary>
/// <param name="Start">Where the node starts (1-based line and column).</param>
internal abstract record YamlNode(SourceLocation Start)
{
    /// <summary>A short description for messages, e.g. <c>a list</c> or <c>'abc'</c>.</summary>
    public abstract string Describe();
}
