using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// Reads one YAML document (JSON included, as YAML 1.2 flow style) into a <see cref="YamlNode"/>
/// tree from the parser's events. Strict: duplicate keys, anchors, aliases, tags, non-scalar keys,
/// control characters in values (written with escapes such as <c>"\e"</c>) and several documents are errors; nesting and size are capped for hostile input. Reports every
/// error it can to a <see cref="LoadErrors"/> and throws nothing for bad input. A document that is
/// clean JSON (a JSON Lines row, a JSON case file) is read by <see cref="JsonTreeReader"/> into the
/// same tree, several times faster. Not thread-safe; one instance per document.
/// </summary>
internal sealed class YamlReader
{
    /// <summary>The first of the C1 control characters (<see cref="char.IsControl(char)"/> beyond ASCII), which run to <see cref="LastC1Control"/>.</summary>
    private const char FirstC1Control = '\u0080';

    /// <summary>The last of the C1 control characters.</summary>
    private const char LastC1Control = '\u009F';

    /// <summary>
    /// The ASCII control characters that are not layout: all but tab, line feed and carriage return.
    /// The other raw controls, the C1 ones, are looked for as a range: a set of ASCII characters and a
    /// range are each found by the vectorised search, where a set that also held the C1 controls would
    /// be looked for character by character in text that is not ASCII (a case's Chinese).
    /// </summary>
    private static readonly SearchValues<char> RawAsciiControls = SearchValues.Create(ControlsThatAreNotLayout());

    /// <summary>The same ASCII controls as bytes, for text at hand in UTF-8.</summary>
    private static readonly SearchValues<byte> RawAsciiControlBytes = SearchValues.Create([.. ControlsThatAreNotLayout().Select(c => (byte)c)]);

    /// <summary>The first byte of the UTF-8 encoding of each C1 control character (<c>C2 80</c> to <c>C2 9F</c>).</summary>
    private const byte C1LeadByte = 0xC2;

    private readonly IParser _parser;
    private readonly string _file;
    private readonly LoadErrors _errors;
    private bool _aborted;

    private YamlReader(IParser parser, string file, LoadErrors errors)
    {
        _parser = parser;
        _file = file;
        _errors = errors;
    }

    /// <summary>Reads a document; <c>null</c> when it cannot be read at all (the errors say why).</summary>
    /// <param name="text">The document.</param>
    /// <param name="file">The name positions give for it.</param>
    /// <param name="errors">Where to report.</param>
    /// <param name="nodes">The pool the nodes of a JSON document come from (see <see cref="YamlNodePool"/>); new nodes when <c>null</c>.</param>
    /// <param name="utf8">The document encoded in UTF-8, when the caller has it (see <see cref="JsonTreeReader.TryRead"/>); empty when not.</param>
    public static YamlNode? Read(string text, string file, LoadErrors errors, YamlNodePool? nodes = null, ReadOnlyMemory<byte> utf8 = default)
    {
        if (text.Length > YamlLimits.MaxCharacters)
        {
            errors.Add(new SourceLocation(file, 1, 1), LoadDiagnostics.TooLarge, text.Length, YamlLimits.MaxCharacters);
            return null;
        }

        // The text's UTF-8, when at hand, is looked through instead (half the bytes); the text only when it may hold one, to report it.
        if ((utf8.IsEmpty || !FreeOfRawControls(utf8.Span)) && RawControlCharacters(text, file, errors))
        {
            return null;
        }

        return JsonTreeReader.TryRead(text, file, nodes, utf8) ?? Parse(text, file, errors);
    }

    /// <summary>
    /// Reads a document with the YAML parser, never through <see cref="JsonTreeReader"/> (which gives
    /// the same tree for clean JSON): the checks of <see cref="Read"/> on the text are the caller's.
    /// </summary>
    internal static YamlNode? Parse(string text, string file, LoadErrors errors)
    {
        var reader = new YamlReader(new Parser(new StringReader(text)), file, errors);
        try
        {
            return reader.ReadStream();
        }
        catch (YamlException ex)
        {
            errors.Add(reader.Location(ex.Start), LoadDiagnostics.YamlSyntax, ex.Message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // The scanner throws this for some malformed input (e.g. an unclosed flow sequence); its
            // message ("Operation is not valid due to the current state of the object") says nothing.
            var at = reader._parser.Current is { } current ? reader.Location(current.End) : new SourceLocation(file, 1, 1);
            errors.Add(at, LoadDiagnostics.YamlStructure);
            return null;
        }
    }

    private YamlNode? ReadStream()
    {
        Next(); // StreamStart
        var first = Next();
        if (first is StreamEnd)
        {
            _errors.Add(new SourceLocation(_file, 1, 1), LoadDiagnostics.EmptyDocument);
            return null;
        }

        var root = ReadNode(Next(), 1);
        if (_aborted)
        {
            return null;
        }

        Next(); // DocumentEnd
        if (Next() is DocumentStart second)
        {
            _errors.Add(Location(second.Start), LoadDiagnostics.MultipleDocuments);
        }

        return root;
    }

    private YamlNode? ReadNode(ParsingEvent current, int depth)
    {
        switch (current)
        {
            case AnchorAlias alias:
                _errors.Add(Location(alias.Start), LoadDiagnostics.AliasNotSupported, alias.Value.Value);
                return new YamlInvalidNode(Location(alias.Start));
            case Scalar scalar:
                CheckProperties(scalar);
                if (ControlCharacter(scalar.Value) is { } control)
                {
                    _errors.Add(Location(scalar.Start), LoadDiagnostics.ControlCharacter, $"U+{(int)control:X4}");
                    return new YamlInvalidNode(Location(scalar.Start));
                }

                return new YamlScalar(Location(scalar.Start), scalar.Value, StyleOf(scalar.Style));
            case SequenceStart sequence:
                return EnterCollection(sequence, depth) ? ReadSequence(sequence, depth) : null;
            case MappingStart mapping:
                return EnterCollection(mapping, depth) ? ReadMapping(mapping, depth) : null;
            default:
                throw new InvalidOperationException($"Unexpected YAML event. Event={current.GetType().Name}");
        }
    }

    private bool EnterCollection(NodeEvent start, int depth)
    {
        CheckProperties(start);
        if (depth <= YamlLimits.MaxDepth)
        {
            return true;
        }

        _errors.Add(Location(start.Start), LoadDiagnostics.TooDeep, YamlLimits.MaxDepth);
        _aborted = true;
        return false;
    }

    private YamlSequence? ReadSequence(SequenceStart start, int depth)
    {
        var items = ImmutableArray.CreateBuilder<YamlNode>();
        for (var current = Next(); current is not SequenceEnd; current = Next())
        {
            var item = ReadNode(current, depth + 1);
            if (_aborted || item is null)
            {
                return null;
            }

            items.Add(item);
        }

        return new YamlSequence(Location(start.Start), items.ToImmutable());
    }

    private YamlMapping? ReadMapping(MappingStart start, int depth)
    {
        var entries = ImmutableArray.CreateBuilder<YamlEntry>();
        var keys = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        for (var current = Next(); current is not MappingEnd; current = Next())
        {
            var key = ReadNode(current, depth + 1);
            var value = _aborted ? null : ReadNode(Next(), depth + 1);
            if (_aborted || key is null || value is null)
            {
                return null;
            }

            if (key is not YamlScalar scalarKey)
            {
                if (key is not YamlInvalidNode)
                {
                    _errors.Add(key.Start, LoadDiagnostics.ComplexKey, key.Describe());
                }

                continue;
            }

            if (keys.TryGetValue(scalarKey.Value, out var first))
            {
                _errors.Add(scalarKey.Start, LoadDiagnostics.DuplicateKey, scalarKey.Value, first.Start.Line, first.Start.Column);
                continue;
            }

            keys.Add(scalarKey.Value, scalarKey);
            entries.Add(new YamlEntry(scalarKey, value));
        }

        return new YamlMapping(Location(start.Start), entries.ToImmutable());
    }

    private void CheckProperties(NodeEvent node)
    {
        if (!node.Anchor.IsEmpty)
        {
            _errors.Add(Location(node.Start), LoadDiagnostics.AnchorNotSupported, node.Anchor.Value);
        }

        if (!node.Tag.IsEmpty)
        {
            _errors.Add(Location(node.Start), LoadDiagnostics.TagNotSupported, node.Tag.Value);
        }
    }

    /// <summary>Whether UTF-8 text holds no raw control character: none of the ASCII ones that are not layout, and no C1 control.</summary>
    private static bool FreeOfRawControls(ReadOnlySpan<byte> utf8)
    {
        if (utf8.ContainsAny(RawAsciiControlBytes))
        {
            return false;
        }

        for (var at = utf8.IndexOf(C1LeadByte); at >= 0; at = utf8.IndexOf(C1LeadByte))
        {
            if (at + 1 < utf8.Length && utf8[at + 1] is >= 0x80 and <= 0x9F)
            {
                return false;
            }

            utf8 = utf8[(at + 1)..];
        }

        return true;
    }

    private static string ControlsThatAreNotLayout()
    {
        var controls = new StringBuilder();
        for (var c = '\0'; c < FirstC1Control; c++)
        {
            if (char.IsControl(c) && c is not '\t' and not '\n' and not '\r')
            {
                controls.Append(c);
            }
        }

        return controls.ToString();
    }

    /// <summary>
    /// Reports each raw control character of the text (other than tab, line feed and carriage
    /// return, which are layout) at its line and column; <c>true</c> when there was any.
    /// </summary>
    private static bool RawControlCharacters(string text, string file, LoadErrors errors)
    {
        if (!text.AsSpan().ContainsAny(RawAsciiControls) && !text.AsSpan().ContainsAnyInRange(FirstC1Control, LastC1Control))
        {
            return false;
        }

        var found = false;
        int line = 1, column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            if (char.IsControl(c) && c is not '\t' and not '\r')
            {
                errors.Add(new SourceLocation(file, line, column), LoadDiagnostics.ControlCharacter, $"U+{(int)c:X4}");
                found = true;
            }

            column++;
        }

        return found;
    }

    /// <summary>
    /// The first control character of a value (ESC, BEL, NUL, CR, DEL …), which would reach a
    /// terminal as a command when the value is printed; line feeds and tabs are text.
    /// </summary>
    internal static char? ControlCharacter(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) && c is not '\n' and not '\t')
            {
                return c;
            }
        }

        return null;
    }

    private ParsingEvent Next()
    {
        bool moved;
        try
        {
            moved = _parser.MoveNext();
        }
        catch (ArgumentException malformed)
        {
            // The parser makes a tag's name without catching what its constructor throws for a malformed one (a global
            // tag that is not a URI, as "!!in["): a syntax error at the end of the event before it, like the parser's own.
            var at = _parser.Current?.End ?? Mark.Empty;
            throw new YamlException(at, at, "a tag here is malformed (tags are not supported: remove it, and quote the value if it must be text)", malformed);
        }

        return moved && _parser.Current is { } current
            ? current
            : throw new InvalidOperationException("The YAML stream ended early.");
    }

    private SourceLocation Location(Mark mark) => new(_file, (int)mark.Line, (int)mark.Column);

    private static YamlScalarStyle StyleOf(ScalarStyle style) => style switch
    {
        ScalarStyle.SingleQuoted => YamlScalarStyle.SingleQuoted,
        ScalarStyle.DoubleQuoted => YamlScalarStyle.DoubleQuoted,
        ScalarStyle.Literal => YamlScalarStyle.Literal,
        ScalarStyle.Folded => YamlScalarStyle.Folded,
        _ => YamlScalarStyle.Plain,
    };
}
