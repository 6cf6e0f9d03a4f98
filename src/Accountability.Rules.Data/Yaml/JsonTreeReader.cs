using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// Reads a document that is plain JSON with <see cref="Utf8JsonReader"/> into the same
/// <see cref="YamlNode"/> tree, with the same positions and scalar styles, as <see cref="YamlReader"/>
/// gives for it (JSON is YAML flow style): a string is a double-quoted scalar, a number,
/// <c>true</c>, <c>false</c> or <c>null</c> a plain scalar of its text as written. It is the fast way
/// to the one tree every reader works on, not a reader of its own: it gives up (<c>null</c>) on
/// anything that is not clean JSON or that the YAML reader would report or read differently
/// (a syntax error, a duplicate key, a control character in a value, nesting past the limit, a tab,
/// a carriage return not before a line feed, U+2028 or U+2029, a lone surrogate), and the YAML reader then reads the
/// text and reports what it finds. Positions are 1-based lines and columns counted in UTF-16
/// characters, as the YAML reader counts them; a node keeps its offset in the text, and its line and
/// column are worked out when a message asks for them (<see cref="YamlPosition"/>). Thread-safe.
/// </summary>
internal static class JsonTreeReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = YamlLimits.MaxDepth };

    /// <summary>The tree of <paramref name="text"/> when it is clean JSON (see the type); <c>null</c> otherwise, without a report.</summary>
    public static YamlNode? TryRead(string text, string file)
    {
        if (!LooksLikeJson(text))
        {
            return null;
        }

        int length;
        try
        {
            length = StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException)
        {
            return null; // A lone surrogate, which the YAML reader keeps as it is.
        }

        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            StrictUtf8.GetBytes(text, bytes);
            var state = new Positions(new TextLines(text, file), bytes, ascii: length == text.Length);
            var reader = new Utf8JsonReader(bytes.AsSpan(0, length), Options);
            if (!reader.Read())
            {
                return null;
            }

            var root = ReadValue(ref reader, ref state);
            return root is not null && !reader.Read() ? root : null;
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            Scratch.Clear();
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Whether the text starts with <c>{</c> or <c>[</c> and has none of the characters the two readers see differently.</summary>
    private static bool LooksLikeJson(string text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAnyExcept(" \n\r");
        if (first < 0 || span[first] is not '{' and not '[' || span.IndexOfAny('\t', '\u2028', '\u2029') >= 0)
        {
            return false;
        }

        for (var at = span.IndexOf('\r'); at >= 0; at = span.IndexOf('\r'))
        {
            if (at + 1 >= span.Length || span[at + 1] != '\n')
            {
                return false;
            }

            span = span[(at + 1)..];
        }

        return true;
    }

    private static YamlNode? ReadValue(ref Utf8JsonReader reader, ref Positions positions)
    {
        var at = positions.At((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, ref positions, at);
            case JsonTokenType.StartArray:
                var items = Scratch.Nodes;
                var first = items.Count;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (ReadValue(ref reader, ref positions) is not { } item)
                    {
                        return null;
                    }

                    items.Add(item);
                }

                return new YamlSequence(at, Scratch.Take(items, first));
            case JsonTokenType.String:
                return String(ref reader, at);
            case JsonTokenType.Number:
                return new YamlScalar(at, Encoding.UTF8.GetString(reader.ValueSpan), YamlScalarStyle.Plain);
            case JsonTokenType.True:
                return new YamlScalar(at, "true", YamlScalarStyle.Plain);
            case JsonTokenType.False:
                return new YamlScalar(at, "false", YamlScalarStyle.Plain);
            case JsonTokenType.Null:
                return new YamlScalar(at, "null", YamlScalarStyle.Plain);
            default:
                return null;
        }
    }

    private static YamlMapping? ReadObject(ref Utf8JsonReader reader, ref Positions positions, YamlPosition at)
    {
        var entries = Scratch.Entries;
        var first = entries.Count;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (String(ref reader, positions.At((int)reader.TokenStartIndex)) is not { } key)
            {
                return null;
            }

            for (var i = first; i < entries.Count; i++)
            {
                if (string.Equals(entries[i].Key.Value, key.Value, StringComparison.Ordinal))
                {
                    return null; // A duplicate key: the YAML reader reports it.
                }
            }

            if (!reader.Read() || ReadValue(ref reader, ref positions) is not { } value)
            {
                return null;
            }

            entries.Add(new YamlEntry(key, value));
        }

        return new YamlMapping(at, Scratch.Take(entries, first));
    }

    /// <summary>A string as a double-quoted scalar; <c>null</c> when it holds a control character the YAML reader reports.</summary>
    private static YamlScalar? String(ref Utf8JsonReader reader, YamlPosition at)
    {
        if (!reader.ValueIsEscaped && reader.ValueSpan.Length <= Strings.MaxLength)
        {
            return new YamlScalar(at, Strings.Of(reader.ValueSpan), YamlScalarStyle.DoubleQuoted);
        }

        var value = reader.GetString()!;
        if (reader.ValueIsEscaped)
        {
            foreach (var c in value)
            {
                if (char.IsControl(c) && c is not '\n' and not '\t')
                {
                    return null;
                }
            }
        }

        return new YamlScalar(at, value, YamlScalarStyle.DoubleQuoted);
    }

    /// <summary>
    /// The items of the collections being read, one stack per thread: a collection's items are the
    /// top of the stack from where it started, taken off into an array of their number when it ends.
    /// </summary>
    private static class Scratch
    {
        private const int KeptCapacity = 4096;

        [ThreadStatic]
        private static List<YamlNode>? _nodes;

        [ThreadStatic]
        private static List<YamlEntry>? _entries;

        public static List<YamlNode> Nodes => _nodes ??= [];

        public static List<YamlEntry> Entries => _entries ??= [];

        public static ImmutableArray<T> Take<T>(List<T> stack, int first)
        {
            var items = new T[stack.Count - first];
            stack.CopyTo(first, items, 0, items.Length);
            stack.RemoveRange(first, items.Length);
            return ImmutableCollectionsMarshal.AsImmutableArray(items);
        }

        /// <summary>Empties the stacks after a document (one given up half-way leaves items); drops one a large document grew.</summary>
        public static void Clear()
        {
            _nodes?.Clear();
            _entries?.Clear();
            if (_nodes?.Capacity > KeptCapacity)
            {
                _nodes = null;
            }

            if (_entries?.Capacity > KeptCapacity)
            {
                _entries = null;
            }
        }
    }

    /// <summary>
    /// Short strings met before (keys, codes, ids, which every case repeats), one table per thread,
    /// found by their UTF-8 bytes so that each is decoded and made once rather than once per case;
    /// the table stops growing at a bound.
    /// </summary>
    private static class Strings
    {
        public const int MaxLength = 48;
        private const int MaxCount = 4096;

        [ThreadStatic]
        private static Dictionary<byte[], string>? _table;

        public static string Of(ReadOnlySpan<byte> utf8)
        {
            var table = _table ??= new Dictionary<byte[], string>(Utf8Comparer.Instance);
            var lookup = table.GetAlternateLookup<ReadOnlySpan<byte>>();
            if (lookup.TryGetValue(utf8, out var known))
            {
                return known;
            }

            var made = Encoding.UTF8.GetString(utf8);
            if (table.Count < MaxCount)
            {
                table.Add(utf8.ToArray(), made);
            }

            return made;
        }

        /// <summary>Compares UTF-8 byte strings, an array or a span, by their bytes.</summary>
        private sealed class Utf8Comparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
        {
            public static readonly Utf8Comparer Instance = new();

            public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

            public int GetHashCode(byte[] obj) => GetHashCode(obj.AsSpan());

            public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

            public int GetHashCode(ReadOnlySpan<byte> alternate)
            {
                var hash = default(HashCode);
                hash.AddBytes(alternate);
                return hash.ToHashCode();
            }

            public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
        }
    }

    /// <summary>
    /// Turns byte offsets, met in increasing order, into positions: offsets in UTF-16 characters
    /// (the same for text that is all ASCII), of which <see cref="TextLines"/> makes lines and columns on demand.
    /// </summary>
    private struct Positions(TextLines lines, byte[] bytes, bool ascii)
    {
        private int _offset;
        private int _characters;

        public YamlPosition At(int offset)
        {
            if (ascii)
            {
                return new YamlPosition(lines, offset);
            }

            for (; _offset < offset; _offset++)
            {
                var b = bytes[_offset];
                if ((b & 0xC0) != 0x80)
                {
                    // The first byte of a character: four-byte sequences are two UTF-16 characters.
                    _characters += b >= 0xF0 ? 2 : 1;
                }
            }

            return new YamlPosition(lines, _characters);
        }
    }
}
