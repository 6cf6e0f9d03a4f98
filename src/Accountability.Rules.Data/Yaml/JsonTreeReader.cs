using System.Buffers;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

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
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = YamlLimits.MaxDepth };

    /// <summary>The tree of <paramref name="text"/> when it is clean JSON (see the type); <c>null</c> otherwise, without a report.</summary>
    /// <param name="text">The document.</param>
    /// <param name="file">The name positions give for it.</param>
    /// <param name="nodes">The pool the tree's nodes come from (the caller returns it once done with the tree, see <see cref="YamlNodePool"/>); new nodes when <c>null</c>.</param>
    /// <param name="utf8">
    /// <paramref name="text"/> encoded in UTF-8, when the caller has it (a line of a batch read from bytes), read instead of
    /// encoding the text again; empty when the caller does not have it.
    /// </param>
    public static YamlNode? TryRead(string text, string file, YamlNodePool? nodes = null, ReadOnlyMemory<byte> utf8 = default)
    {
        if (!StartsLikeJson(text))
        {
            return null;
        }

        byte[]? rented = null;
        var scratch = Scratch.OfThread;
        scratch.Pool = nodes;
        try
        {
            if (utf8.IsEmpty)
            {
                // Encoded in one pass into room for the longest encoding (three bytes a character).
                rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
                if (Utf8.FromUtf16(text, rented, out _, out var length, replaceInvalidSequences: false) != OperationStatus.Done)
                {
                    return null; // A lone surrogate, which the YAML reader keeps as it is.
                }

                utf8 = rented.AsMemory(0, length);
            }

            if (!ReadsAlike(utf8.Span))
            {
                return null; // A character the two readers see differently.
            }

            var ascii = utf8.Length == text.Length;
            var state = new Positions(text, new TextLines(text, file, utf8Offsets: !ascii), utf8, ascii);
            var reader = new Utf8JsonReader(utf8.Span, Options);
            if (!reader.Read())
            {
                return null;
            }

            var root = ReadValue(ref reader, ref state, scratch);
            return root is not null && !reader.Read() ? root : null;
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            scratch.Clear();
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Whether the text starts with <c>{</c> or <c>[</c> (after spaces and line breaks).</summary>
    private static bool StartsLikeJson(string text)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAnyExcept(" \n\r");
        return first >= 0 && span[first] is '{' or '[';
    }

    /// <summary>
    /// Whether the text, encoded, has none of the characters the two readers see differently: a tab, a carriage
    /// return not before a line feed, U+2028 or U+2029 (encoded <c>E2 80 A8</c> and <c>E2 80 A9</c>). Looked for in
    /// the bytes, one pass for the three bytes that can start them.
    /// </summary>
    private static bool ReadsAlike(ReadOnlySpan<byte> utf8)
    {
        for (var at = utf8.IndexOfAny((byte)'\t', (byte)'\r', (byte)0xE2); at >= 0; at = utf8.IndexOfAny((byte)'\t', (byte)'\r', (byte)0xE2))
        {
            var alike = utf8[at] switch
            {
                (byte)'\t' => false,
                (byte)'\r' => at + 1 < utf8.Length && utf8[at + 1] == '\n',
                _ => !(at + 2 < utf8.Length && utf8[at + 1] == 0x80 && utf8[at + 2] is 0xA8 or 0xA9),
            };
            if (!alike)
            {
                return false;
            }

            utf8 = utf8[(at + 1)..];
        }

        return true;
    }

    private static YamlNode? ReadValue(ref Utf8JsonReader reader, ref Positions positions, Scratch scratch)
    {
        var at = positions.At((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, ref positions, scratch, at);
            case JsonTokenType.StartArray:
                var items = scratch.Nodes;
                var first = items.Count;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (ReadValue(ref reader, ref positions, scratch) is not { } item)
                    {
                        return null;
                    }

                    items.Add(item);
                }

                return scratch.Sequence(at, first);
            case JsonTokenType.String:
                return String(ref reader, scratch, at);
            case JsonTokenType.Number:
                // ASCII, as long in characters as in bytes: the scalar keeps its place in the text.
                return scratch.Scalar(at, positions.Text, positions.Character((int)reader.TokenStartIndex), reader.ValueSpan.Length);
            case JsonTokenType.True:
                return scratch.Scalar(at, "true", YamlScalarStyle.Plain);
            case JsonTokenType.False:
                return scratch.Scalar(at, "false", YamlScalarStyle.Plain);
            case JsonTokenType.Null:
                return scratch.Scalar(at, "null", YamlScalarStyle.Plain);
            default:
                return null;
        }
    }

    private static YamlMapping? ReadObject(ref Utf8JsonReader reader, ref Positions positions, Scratch scratch, YamlPosition at)
    {
        var entries = scratch.Entries;
        var first = entries.Count;
        var kinds = 0UL; // A bit for each kind of key met (its length and first character): a key of a new kind repeats none.
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var keyAt = positions.At((int)reader.TokenStartIndex);
            if (Text(ref reader, scratch.Keys) is not { } key)
            {
                return null;
            }

            var kind = key.Length == 0 ? 1UL : 1UL << (((key.Length * 7) + key[0]) & 63);
            for (var i = first; (kinds & kind) != 0 && i < entries.Count; i++)
            {
                if (string.Equals(entries[i].KeyText, key, StringComparison.Ordinal))
                {
                    return null; // A duplicate key: the YAML reader reports it.
                }
            }

            kinds |= kind;

            if (!reader.Read() || ReadValue(ref reader, ref positions, scratch) is not { } value)
            {
                return null;
            }

            entries.Add(new YamlEntry(key, keyAt, YamlScalarStyle.DoubleQuoted, value));
        }

        return scratch.Mapping(at, first);
    }

    /// <summary>A string as a double-quoted scalar; <c>null</c> when it holds a control character the YAML reader reports.</summary>
    private static YamlScalar? String(ref Utf8JsonReader reader, Scratch scratch, YamlPosition at) =>
        Text(ref reader, scratch.Values) is { } text ? scratch.Scalar(at, text, YamlScalarStyle.DoubleQuoted) : null;

    /// <summary>The text of a string or key; <c>null</c> when it holds a control character the YAML reader reports.</summary>
    private static string? Text(ref Utf8JsonReader reader, StringTable table)
    {
        if (!reader.ValueIsEscaped && reader.ValueSpan.Length <= StringTable.MaxStringLength)
        {
            return table.String(reader.ValueSpan);
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

        return value;
    }

    /// <summary>
    /// What reading a document uses, one per thread, fetched once per document: the pool the nodes
    /// come from, if any; the items of the
    /// collections being read (a stack: a collection's items are the top of the stack from where it
    /// started, taken off into an array of their number when it ends), and the short strings met
    /// before, keys apart from values (the few keys of the format stay in a small table, which
    /// the many values met once, such as dates, do not crowd).
    /// </summary>
    private sealed class Scratch
    {
        private const int KeptCapacity = 4096;

        [ThreadStatic]
        private static Scratch? _ofThread;

        private List<YamlNode> _nodes = [];
        private List<YamlEntry> _entries = [];

        public static Scratch OfThread => _ofThread ??= new();

        /// <summary>The keys met before.</summary>
        public StringTable Keys { get; } = new(256, interned: true);

        /// <summary>
        /// The short string values met before (codes, ids, names, which every case repeats): a thousand, in a table
        /// small enough (80 KB) to stay in the processor's cache between documents; values met once (dates) fill
        /// the rest and are made each time they are met.
        /// </summary>
        public StringTable Values { get; } = new(1024);

        public List<YamlNode> Nodes => _nodes;

        public List<YamlEntry> Entries => _entries;

        /// <summary>The pool the document's nodes come from; <c>null</c> for new nodes.</summary>
        public YamlNodePool? Pool { get; set; }

        public YamlScalar Scalar(YamlPosition at, string text, YamlScalarStyle style) =>
            Pool is { } pool ? pool.Scalar(at, text, style) : new YamlScalar(at, text, style);

        /// <summary>A plain scalar whose text is the <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/> on.</summary>
        public YamlScalar Scalar(YamlPosition at, string source, int start, int length) =>
            Pool is { } pool
                ? pool.Scalar(at, source, start, length, YamlScalarStyle.Plain)
                : new YamlScalar(at, source, start, length, YamlScalarStyle.Plain);

        /// <summary>A mapping of the entries on the stack from <paramref name="first"/> on, taken off it.</summary>
        public YamlMapping Mapping(YamlPosition at, int first) =>
            Pool is { } pool ? pool.Mapping(at, _entries, first) : new YamlMapping(at, Take(_entries, first));

        /// <summary>A sequence of the items on the stack from <paramref name="first"/> on, taken off it.</summary>
        public YamlSequence Sequence(YamlPosition at, int first) =>
            Pool is { } pool ? pool.Sequence(at, _nodes, first) : new YamlSequence(at, Take(_nodes, first));

        /// <summary>Empties the stacks after a document (one given up half-way leaves items); drops one a large document grew.</summary>
        public void Clear()
        {
            Pool = null;
            _nodes.Clear();
            _entries.Clear();
            if (_nodes.Capacity > KeptCapacity)
            {
                _nodes = [];
            }

            if (_entries.Capacity > KeptCapacity)
            {
                _entries = [];
            }
        }

        private static ImmutableArray<T> Take<T>(List<T> stack, int first)
        {
            var items = new T[stack.Count - first];
            stack.CopyTo(first, items, 0, items.Length);
            stack.RemoveRange(first, items.Length);
            return ImmutableCollectionsMarshal.AsImmutableArray(items);
        }
    }

    /// <summary>
    /// Short strings met before, found by their UTF-8 bytes so that each is decoded and made once
    /// rather than once per document; the table stops growing at a bound. A slot holds a string's
    /// length and its first and last eight bytes: the whole of a string of up to sixteen bytes (ids,
    /// codes, dates), which is so found without reading anything outside the slot; a longer one is
    /// compared with the bytes it keeps as well.
    /// </summary>
    /// <param name="maxStrings">The most strings the table keeps (a power of two).</param>
    /// <param name="interned">
    /// Whether a string kept is the runtime's interned string of its text (at most <paramref name="maxStrings"/>
    /// per thread, each short): a key of the case format is then the very string <see cref="MappingKeys"/> holds
    /// (it interns its keys), found among them by reference, whichever was made first. Otherwise a string kept
    /// is the interned string of its text when there is one, without interning others: a code a ruleset
    /// compares with (the compiler interns the texts of its constants) is then the very string of the
    /// ruleset's constant, which the rules' equality tests find by reference.
    /// </param>
    private sealed class StringTable(int maxStrings, bool interned = false)
    {
        /// <summary>The longest string (in UTF-8 bytes) kept in the table.</summary>
        public const int MaxStringLength = 48;

        /// <summary>The longest string whose bytes are all in its slot's <see cref="Slot.Head"/> and <see cref="Slot.Tail"/>.</summary>
        private const int MaxSlotLength = 2 * sizeof(ulong);

        /// <summary>The most slots a string is looked for in (from the slot of its hash on): a lookup costs at most this many comparisons, whatever the input.</summary>
        private const int MaxProbes = 8;

        /// <summary>The table's slots (open addressing): twice the most strings.</summary>
        private readonly Slot[] _slots = new Slot[2 * maxStrings];
        private int _stringCount;

        /// <summary>
        /// The string of <paramref name="utf8"/> (at most <see cref="MaxStringLength"/> bytes), made once
        /// while the table has room: looked for in the few slots from its hash's on, and kept in the
        /// first free one of them (a string whose slots are all taken is made each time it is met).
        /// </summary>
        public string String(ReadOnlySpan<byte> utf8)
        {
            var key = new Key(utf8);
            var slot = key.Hash & (_slots.Length - 1);
            for (var probe = 0; probe < MaxProbes; probe++, slot = (slot + 1) & (_slots.Length - 1))
            {
                ref var entry = ref _slots[slot];
                if (entry.Text is null)
                {
                    var made = Encoding.UTF8.GetString(utf8);
                    if (_stringCount < maxStrings)
                    {
                        made = interned ? string.Intern(made) : string.IsInterned(made) ?? made;
                        entry = new Slot(key, utf8.Length > MaxSlotLength ? utf8.ToArray() : null, made);
                        _stringCount++;
                    }

                    return made;
                }

                if (entry.Head == key.Head && entry.Tail == key.Tail && entry.Length == utf8.Length
                    && (entry.Utf8 is null || utf8.SequenceEqual(entry.Utf8)))
                {
                    return entry.Text;
                }
            }

            return Encoding.UTF8.GetString(utf8);
        }

        /// <summary>A string kept: its length, first and last eight bytes, its bytes when they do not fit in those, and its text.</summary>
        private readonly struct Slot(Key key, byte[]? utf8, string text)
        {
            public ulong Head { get; } = key.Head;

            public ulong Tail { get; } = key.Tail;

            public int Length { get; } = key.Length;

            /// <summary>The string's bytes when longer than <see cref="MaxSlotLength"/>; <c>null</c> when <see cref="Head"/> and <see cref="Tail"/> hold them.</summary>
            public byte[]? Utf8 { get; } = utf8;

            /// <summary>The string; <c>null</c> in a free slot.</summary>
            public string? Text { get; } = text;
        }

        /// <summary>
        /// What a string is found by: its length, its first eight bytes and the eight after them (zero
        /// when it has fewer; exact for up to sixteen bytes) or, for a longer string, its last eight,
        /// and a hash of those and its middle eight bytes (its low bits its slot).
        /// </summary>
        private readonly ref struct Key
        {
            public Key(ReadOnlySpan<byte> utf8)
            {
                Length = utf8.Length;
                ulong middle = 0;
                if (utf8.Length <= sizeof(ulong))
                {
                    Head = Load(utf8);
                }
                else
                {
                    Head = MemoryMarshal.Read<ulong>(utf8);
                    if (utf8.Length <= MaxSlotLength)
                    {
                        Tail = Load(utf8[sizeof(ulong)..]);
                    }
                    else
                    {
                        Tail = MemoryMarshal.Read<ulong>(utf8[^sizeof(ulong)..]);
                        middle = MemoryMarshal.Read<ulong>(utf8[((utf8.Length / 2) - (sizeof(ulong) / 2))..]);
                    }
                }

                unchecked
                {
                    var hash = ((Head * 0x9E3779B97F4A7C15UL) ^ BitOperations.RotateLeft(Tail * 0xC2B2AE3D27D4EB4FUL, 29) ^ (middle * 0x165667B19E3779F9UL)) + (ulong)Length;
                    hash ^= hash >> 32;
                    Hash = (int)((hash * 0x94D049BB133111EBUL) >> 40);
                }
            }

            public ulong Head { get; }

            public ulong Tail { get; }

            public int Length { get; }

            public int Hash { get; }

            /// <summary>
            /// Up to eight bytes as a number, little-endian, zero above them: read as two overlapping
            /// halves, each shifted to its place (where they overlap, they hold the same bytes).
            /// </summary>
            private static ulong Load(ReadOnlySpan<byte> bytes) => bytes.Length switch
            {
                0 => 0,
                1 => bytes[0],
                < sizeof(uint) => MemoryMarshal.Read<ushort>(bytes) | ((ulong)MemoryMarshal.Read<ushort>(bytes[^sizeof(ushort)..]) << ((bytes.Length - sizeof(ushort)) * 8)),
                < sizeof(ulong) => MemoryMarshal.Read<uint>(bytes) | ((ulong)MemoryMarshal.Read<uint>(bytes[^sizeof(uint)..]) << ((bytes.Length - sizeof(uint)) * 8)),
                _ => MemoryMarshal.Read<ulong>(bytes),
            };
        }
    }

    /// <summary>
    /// Makes positions of byte offsets, of which <see cref="TextLines"/> makes lines and columns on
    /// demand (the offsets are the same in characters for text that is all ASCII; otherwise the lines
    /// count them in UTF-8 bytes, worked out only for a message), and turns byte offsets, met in
    /// increasing order, into offsets in UTF-16 characters where a scalar keeps its place in the text.
    /// </summary>
    private struct Positions(string text, TextLines lines, ReadOnlyMemory<byte> bytes, bool ascii)
    {
        private int _offset;
        private int _characters;

        /// <summary>The document.</summary>
        public readonly string Text => text;

        /// <summary>The position of the character at byte <paramref name="offset"/>.</summary>
        public readonly YamlPosition At(int offset) => new(lines, offset);

        /// <summary>The offset in characters of the byte at <paramref name="offset"/> (the first of a character's).</summary>
        public int Character(int offset)
        {
            if (ascii)
            {
                return offset;
            }

            // Valid UTF-8 (the reader encoded it) from one character's start to another's: its UTF-16 length.
            _characters += Encoding.UTF8.GetCharCount(bytes.Span[_offset..offset]);
            _offset = offset;
            return _characters;
        }
    }
}
