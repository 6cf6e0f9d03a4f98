using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// The keys a mapping may have, in order, each with its index: made once for mappings read many
/// times (the entries of a case section), so that a mapping's keys are checked and its values found
/// with one lookup per key (<see cref="MappingReader.Read(YamlMapping, string, MappingKeys, Span{YamlNode}, Accountability.Rules.Data.Loading.LoadErrors)"/>).
/// Immutable and thread-safe.
/// </summary>
internal sealed class MappingKeys
{
    private readonly FrozenDictionary<string, int> _index;

    /// <summary>The keys <paramref name="names"/> (distinct), indexed by their place in it.</summary>
    public MappingKeys(ImmutableArray<string> names)
    {
        Names = names;
        var index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            index.Add(names[i], i);
        }

        _index = index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The keys in order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The index of a key in <see cref="Names"/>; -1 when it is not one of them.</summary>
    public int IndexOf(string key) => _index.TryGetValue(key, out var index) ? index : -1;
}
