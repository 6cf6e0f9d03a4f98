using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>A sequence (list) of nodes.</summary>
/// <param name="Position">Where the sequence starts.</param>
/// <param name="Items">The items in order.</param>
internal sealed record YamlSequence(YamlPosition Position, ImmutableArray<YamlNode> Items) : YamlNode(Position)
{
    /// <summary>The items in order.</summary>
    public ImmutableArray<YamlNode> Items { get; private set; } = Items;

    /// <summary>Gives the sequence new contents: for <see cref="YamlNodePool"/> only, which reuses its nodes.</summary>
    internal YamlSequence Refill(YamlPosition position, ImmutableArray<YamlNode> items)
    {
        Position = position;
        Items = items;
        return this;
    }

    /// <inheritdoc />
    public override string Describe() => "a list";
}
