using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// Reads the entries of one mapping strictly: reports every key that is not allowed (suggesting
/// the closest allowed key) when created, and every required key that is missing when asked for.
/// </summary>
internal sealed class MappingReader
{
    private readonly LoadErrors _errors;

    /// <summary>Checks the keys of <paramref name="mapping"/> against <paramref name="allowedKeys"/>.</summary>
    public MappingReader(YamlMapping mapping, string path, ImmutableArray<string> allowedKeys, LoadErrors errors)
    {
        Mapping = mapping;
        Path = path;
        _errors = errors;
        foreach (var entry in mapping.Entries)
        {
            if (!Allowed(entry.KeyText, allowedKeys))
            {
                ReportUnknown(entry, path, allowedKeys, errors);
            }
        }
    }

    /// <summary>
    /// Checks the keys of <paramref name="mapping"/> against <paramref name="keys"/> as a reader does
    /// (every key not allowed reported, with the closest allowed key) and puts the value of each
    /// allowed key at the key's index in <paramref name="values"/> (<c>null</c> for a key the mapping
    /// does not have), without making a reader: for mappings read many times, by index.
    /// </summary>
    public static void Read(YamlMapping mapping, string path, MappingKeys keys, Span<YamlNode?> values, LoadErrors errors)
    {
        values.Clear();
        foreach (var entry in mapping.Entries)
        {
            var index = keys.IndexOf(entry.KeyText);
            if (index < 0)
            {
                ReportUnknown(entry, path, keys.Names, errors);
            }
            else
            {
                values[index] = entry.Value;
            }
        }
    }

    /// <summary>Reports that <paramref name="mapping"/>, at <paramref name="path"/>, does not have the required <paramref name="key"/>.</summary>
    public static void ReportMissing(YamlMapping mapping, string key, string path, LoadErrors errors) =>
        errors.Add(mapping.Start, LoadDiagnostics.MissingKey, key, WhereOf(path));

    private static void ReportUnknown(YamlEntry entry, string path, ImmutableArray<string> allowedKeys, LoadErrors errors) =>
        errors.Add(entry.KeyStart, LoadDiagnostics.UnknownKey, entry.KeyText, WhereOf(path), Suggestions.Hint(entry.KeyText, allowedKeys, "allowed keys"));

    private static string WhereOf(string path) => path.Length == 0 ? "the top level" : $"'{path}'";

    private static bool Allowed(string key, ImmutableArray<string> allowedKeys)
    {
        foreach (var allowed in allowedKeys)
        {
            if (string.Equals(allowed, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mapping read.</summary>
    public YamlMapping Mapping { get; }

    /// <summary>The path of the mapping in the document, for messages, e.g. <c>lossTiers.rows</c>.</summary>
    public string Path { get; }

    /// <summary>The path for messages: <c>'lossTiers.rows'</c>, or <c>the top level</c>.</summary>
    public string Where => WhereOf(Path);

    /// <summary>Where the mapping starts.</summary>
    public SourceLocation Start => Mapping.Start;

    /// <summary>The value of a key, or <c>null</c> when the key is absent.</summary>
    public YamlNode? Optional(string key) => Mapping.Find(key)?.Value;

    /// <summary>The value of a key, or <c>null</c> (reported) when the key is absent.</summary>
    public YamlNode? Required(string key)
    {
        var value = Optional(key);
        if (value is null)
        {
            ReportMissing(Mapping, key, Path, _errors);
        }

        return value;
    }

    /// <summary>Whether the key is present.</summary>
    public bool Has(string key) => Mapping.Find(key) is not null;

    /// <summary>The path of a key below this mapping.</summary>
    public string PathOf(string key) => Path.Length == 0 ? key : Path + "." + key;

    /// <summary>
    /// Reads a list of mappings: one reader per item (items that are not mappings are reported and
    /// skipped). <paramref name="nonEmpty"/> reports an empty list.
    /// </summary>
    public static ImmutableArray<MappingReader> Each(YamlNode node, string path, ImmutableArray<string> allowedKeys, LoadErrors errors, bool nonEmpty = false)
    {
        if (YamlValues.Sequence(node, path, errors) is not { } sequence)
        {
            return [];
        }

        if (nonEmpty && sequence.Items.IsEmpty)
        {
            errors.Add(node.Start, LoadDiagnostics.EmptyList, path);
        }

        var readers = ImmutableArray.CreateBuilder<MappingReader>(sequence.Items.Length);
        foreach (var item in sequence.Items)
        {
            if (YamlValues.Mapping(item, path, errors) is { } mapping)
            {
                readers.Add(new MappingReader(mapping, path, allowedKeys, errors));
            }
        }

        return readers.ToImmutable();
    }

    /// <summary>The text of a required key; <c>null</c> (reported) when absent or not text.</summary>
    public string? RequiredText(string key) => Required(key) is { } node ? YamlValues.Text(node, PathOf(key), _errors) : null;

    /// <summary>The text of an optional key; <c>null</c> when absent or null.</summary>
    public string? OptionalText(string key) => YamlValues.OptionalText(Optional(key), PathOf(key), _errors);

    /// <summary>The scalar of a required key; <c>null</c> (reported) when absent or not a scalar.</summary>
    public YamlScalar? RequiredScalar(string key) => Required(key) is { } node ? YamlValues.Scalar(node, PathOf(key), _errors) : null;
}
