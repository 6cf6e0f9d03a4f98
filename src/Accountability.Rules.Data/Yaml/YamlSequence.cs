using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>A sequence (list) of nodes.</summary>
/// <param name="Start">Where the sequence starts.</param>
/// <param name="Items">The items in order.</param>
internal sealed record YamlSequence(SourceLocation Start, ImmutableArray<YamlNode> Items) : YamlNode(Start)
{
    /// <inheritdoc />
    public override string Describe() => "a list";
}
