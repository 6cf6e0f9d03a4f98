using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// A node of a YAML document as the strict reader builds it: a mapping, a sequence or a scalar,
/// each with the position where it starts. Immutable once read, but for the nodes of a
/// <see cref="YamlNodePool"/>, which the pool fills again for another document once the one
/// reader that saw them is done.
/// </summary>
/// <param name="Position">Where the node starts.</param>
internal abstract record YamlNode(YamlPosition Position)
{
    /// <summary>Where the node starts.</summary>
    public YamlPosition Position { get; private protected set; } = Position;

    /// <summary>Where the node starts (1-based line and column).</summary>
    public SourceLocation Start => Position.Location;

    /// <summary>A short description for messages, e.g. <c>a list</c> or <c>'abc'</c>.</summary>
    public abstract string Describe();
}
