using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>A sequence (list) of nodes.</summary>
/// <param name="Position">Where the sequence starts.</param>
/// <param name="Items">The items in order.</param>
internal sealed record YamlSequence(YamlPosition Position, ImmutableArray<YamlNode> Items) : YamlNode(Position)
{
    /// <inheritdoc />
    public override string Describe() => "a list";
}
