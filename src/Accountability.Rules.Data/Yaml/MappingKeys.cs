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

    /// <summary>The keys, each the runtime's interned string of its text.</summary>
    private readonly string[] _interned;

    /// <summary>The keys <paramref name="names"/> (distinct), indexed by their place in it.</summary>
    public MappingKeys(ImmutableArray<string> names)
    {
        Names = names;
        _interned = [.. names.Select(string.Intern)];
        var index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            index.Add(names[i], i);
        }

        _index = index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The keys in order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>
    /// The index of a key in <see cref="Names"/>; -1 when it is not one of them. A key that is the interned string
    /// of its text (as the JSON reader gives the format's keys) is found by reference, without comparing texts.
    /// </summary>
    public int IndexOf(string key)
    {
        var interned = _interned;
        for (var i = 0; i < interned.Length; i++)
        {
            if (ReferenceEquals(interned[i], key))
            {
                return i;
            }
        }

        return _index.TryGetValue(key, out var index) ? index : -1;
    }
}
