using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>A mapping with unique scalar keys, in the order written.</summary>
/// <param name="Position">Where the mapping starts.</param>
/// <param name="Entries">The entries in order; keys are unique.</param>
internal sealed record YamlMapping(YamlPosition Position, ImmutableArray<YamlEntry> Entries) : YamlNode(Position)
{
    /// <summary>The entries in order; keys are unique.</summary>
    public ImmutableArray<YamlEntry> Entries { get; private set; } = Entries;

    /// <summary>Gives the mapping new contents: for <see cref="YamlNodePool"/> only, which reuses its nodes.</summary>
    internal YamlMapping Refill(YamlPosition position, ImmutableArray<YamlEntry> entries)
    {
        Position = position;
        Entries = entries;
        return this;
    }

    /// <summary>Finds the entry for a key.</summary>
    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.KeyText, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Where the key of an entry the mapping has is written. Throws <see cref="ArgumentException"/> when it has none (a reader bug).</summary>
    public SourceLocation KeyStart(string key) =>
        (Find(key) ?? throw new ArgumentException($"The mapping has no such key. Key={key}", nameof(key))).KeyStart;

    /// <inheritdoc />
    public override string Describe() => "a mapping";
}
