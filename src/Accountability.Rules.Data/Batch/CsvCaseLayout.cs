using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Model;
using nietras.SeparatedValues;

namespace Accountability.Rules.Data.Batch;

/// <summary>
/// The layout of a CSV batch, from its header: each column is a path into a case document, keys and
/// list positions (from 0) separated by dots (<c>ruleset</c>, <c>enterprise.level</c>,
/// <c>losses.0.amount</c>, <c>persons.1.conduct.0</c>). A row becomes the document those paths
/// describe, the same <see cref="YamlNode"/> tree a case file gives, so that it is read by the one
/// case reader: each non-empty cell a plain (unquoted) scalar at the cell's line and column, each key
/// at its column's header cell, a list with the items that have a non-empty cell, in position order.
/// An empty cell is left out, as an absent key. A header that is not such a layout (a column that is
/// not a path, a path that is both a value and a group, or a list and keys) is reported once and makes
/// every row an error row with those diagnostics. Immutable.
/// </summary>
internal sealed class CsvCaseLayout
{
    /// <summary>The highest list position a column may name.</summary>
    private const int MaxPosition = 9999;

    private readonly Group _root;
    private readonly string _source;

    private CsvCaseLayout(Group root, int columns, string source, ImmutableArray<Diagnostic> problems)
    {
        _root = root;
        _source = source;
        Columns = columns;
        Problems = problems;
    }

    /// <summary>The number of columns the header names.</summary>
    public int Columns { get; }

    /// <summary>What is wrong with the header (at its cells); empty when the layout is sound.</summary>
    public ImmutableArray<Diagnostic> Problems { get; }

    /// <summary>The layout of a header row starting on <paramref name="line"/>.</summary>
    public static CsvCaseLayout Of(SepReader.Row header, int line, string source)
    {
        var errors = new LoadErrors();
        var root = new Group(isList: false);
        var cells = Cells.Of(header, line, source);
        for (var column = 0; column < header.ColCount; column++)
        {
            Add(root, cells.Text(column), column, cells.At(column), errors);
        }

        return new CsvCaseLayout(root, header.ColCount, source, errors.ToImmutable());
    }

    /// <summary>
    /// The record of a row starting on <paramref name="line"/>: its document, or the problems that keep
    /// it from having one; <c>null</c> for a row whose cells are all empty (it holds no case).
    /// </summary>
    public CaseRecord? Record(SepReader.Row row, int line)
    {
        var cells = Cells.Of(row, line, _source);
        var text = row.Span.ToString();
        var empty = true;
        for (var column = 0; column < row.ColCount && empty; column++)
        {
            empty = row[column].Span.IsEmpty;
        }

        if (empty)
        {
            return null;
        }

        if (!Problems.IsEmpty)
        {
            return new CaseRecord(_source, line, text) { Problems = Problems };
        }

        if (row.ColCount > Columns)
        {
            return new CaseRecord(_source, line, text) { Problems = [LoadDiagnostics.CsvExtraCells.At(cells.At(Columns), row.ColCount, Columns)] };
        }

        var errors = new LoadErrors();
        var document = Build(_root, cells, errors) ?? new YamlMapping(cells.At(0), []);
        return errors.Count > 0
            ? new CaseRecord(_source, line, text) { Problems = errors.ToImmutable() }
            : new CaseRecord(_source, line, text) { Document = document };
    }

    private static void Add(Group root, string path, int column, SourceLocation at, LoadErrors errors)
    {
        var segments = path.Split('.');
        if (segments.Any(s => s.Length == 0))
        {
            errors.Add(at, LoadDiagnostics.CsvColumnPath, path, path.Length == 0 ? "the column has no name" : "a key between two dots is empty");
            return;
        }

        var group = root;
        for (var depth = 0; depth < segments.Length; depth++)
        {
            var segment = segments[depth];
            var position = Position(segment);
            if (position is < 0 or > MaxPosition && segment.All(char.IsAsciiDigit))
            {
                errors.Add(at, LoadDiagnostics.CsvColumnPath, path, $"'{segment}' is not a list position (a whole number from 0 to {MaxPosition}, without leading zeros)");
                return;
            }

            if (group == root && position.HasValue)
            {
                errors.Add(at, LoadDiagnostics.CsvColumnPath, path, "a case is a mapping of keys, not a list");
                return;
            }

            if (group.Children.Count > 0 && group.IsList != position.HasValue)
            {
                errors.Add(at, LoadDiagnostics.CsvColumnConflict, path, group.Children[0].Path, "one has list positions where the other has keys");
                return;
            }

            group.IsList = position.HasValue;
            var last = depth == segments.Length - 1;
            var child = group.Children.Find(c => c.Key == segment);
            if (child is not null && (last || child.Part is Cell))
            {
                if (last && child.Part is Cell first)
                {
                    errors.Add(at, LoadDiagnostics.DuplicateKey, path, first.At.Line, first.At.Column);
                }
                else
                {
                    errors.Add(at, LoadDiagnostics.CsvColumnConflict, path, child.Path, "one holds a value where the other has keys or list items");
                }

                return;
            }

            if (child is null)
            {
                child = new Child(segment, position, string.Join('.', segments[..(depth + 1)]), at, last ? new Cell(column, at) : new Group(isList: false));
                group.Children.Add(child);
                if (group.IsList)
                {
                    group.Children.Sort((a, b) => a.Position!.Value.CompareTo(b.Position!.Value));
                }
            }

            if (child.Part is Group next)
            {
                group = next;
            }
        }
    }

    /// <summary>A list position (digits, no sign); <c>null</c> for a key; -1 for digits out of range.</summary>
    private static int? Position(string segment) =>
        segment.All(char.IsAsciiDigit)
            ? int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && (segment.Length == 1 || segment[0] != '0') ? position : -1
            : null;

    /// <summary>The node of a group for a row: <c>null</c> when none of its cells is filled.</summary>
    private static YamlNode? Build(Part part, Cells cells, LoadErrors errors)
    {
        if (part is Cell cell)
        {
            if (cell.Column >= cells.Count || cells.IsEmpty(cell.Column))
            {
                return null;
            }

            var at = cells.At(cell.Column);
            var text = cells.Text(cell.Column);
            if (YamlReader.ControlCharacter(text) is { } control)
            {
                errors.Add(at, LoadDiagnostics.ControlCharacter, $"U+{(int)control:X4}");
                return null;
            }

            return new YamlScalar(at, text, YamlScalarStyle.Plain);
        }

        var group = (Group)part;
        var items = ImmutableArray.CreateBuilder<YamlNode>();
        var entries = ImmutableArray.CreateBuilder<YamlEntry>();
        foreach (var child in group.Children)
        {
            if (Build(child.Part, cells, errors) is not { } node)
            {
                continue;
            }

            if (group.IsList)
            {
                items.Add(node);
            }
            else
            {
                entries.Add(new YamlEntry(new YamlScalar(child.At, child.Key, YamlScalarStyle.Plain), node));
            }
        }

        if (group.IsList)
        {
            return items.Count == 0 ? null : new YamlSequence(items[0].Start, items.ToImmutable());
        }

        return entries.Count == 0 ? null : new YamlMapping(entries[0].Value.Start, entries.ToImmutable());
    }

    private abstract class Part;

    /// <summary>A path's value: the column that holds it.</summary>
    private sealed class Cell(int column, SourceLocation at) : Part
    {
        public int Column { get; } = column;

        public SourceLocation At { get; } = at;
    }

    /// <summary>A path with keys or list positions below it, in header order (positions in their order).</summary>
    private sealed class Group(bool isList) : Part
    {
        public bool IsList { get; set; } = isList;

        public List<Child> Children { get; } = [];
    }

    /// <summary>One key or position of a group, with the header cell that first names it.</summary>
    private sealed record Child(string Key, int? Position, string Path, SourceLocation At, Part Part);

    /// <summary>The cells of one row: their text (CSV quotes removed) and where each starts.</summary>
    private readonly struct Cells
    {
        private readonly string[] _texts;
        private readonly SourceLocation[] _at;

        private Cells(string[] texts, SourceLocation[] at)
        {
            _texts = texts;
            _at = at;
        }

        public int Count => _texts.Length;

        public static Cells Of(SepReader.Row row, int line, string source)
        {
            var span = row.Span;
            var texts = new string[row.ColCount];
            var at = new SourceLocation[row.ColCount];
            for (var column = 0; column < row.ColCount; column++)
            {
                var raw = row[column].Span;
                var offset = raw.IsEmpty && column > 0 ? -1 : Offset(span, raw);
                at[column] = offset < 0 ? at[column - 1] : Locate(span, offset, line, source);
                texts[column] = Unquote(raw);
            }

            return new Cells(texts, at);
        }

        public string Text(int column) => _texts[column];

        public bool IsEmpty(int column) => _texts[column].Length == 0;

        /// <summary>Where a cell starts; a cell past the last one, at the end of the row.</summary>
        public SourceLocation At(int column) => _at[Math.Min(column, _at.Length - 1)];

        private static int Offset(ReadOnlySpan<char> row, ReadOnlySpan<char> cell)
        {
            var offset = (int)(Unsafe.ByteOffset(ref MemoryMarshal.GetReference(row), ref MemoryMarshal.GetReference(cell)) / sizeof(char));
            return offset >= 0 && offset <= row.Length ? offset : 0;
        }

        private static SourceLocation Locate(ReadOnlySpan<char> row, int offset, int line, string source)
        {
            var before = row[..offset];
            var lastBreak = before.LastIndexOf('\n');
            return new SourceLocation(source, line + before.Count('\n'), offset - lastBreak);
        }

        /// <summary>A cell's text: without the quotes of a quoted cell, doubled quotes made single, line breaks as line feeds.</summary>
        private static string Unquote(ReadOnlySpan<char> raw)
        {
            if (raw.Length == 0 || raw[0] != '"')
            {
                return raw.ToString();
            }

            var inner = raw.Length > 1 && raw[^1] == '"' ? raw[1..^1] : raw[1..];
            return inner.ToString().Replace("\"\"", "\"", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
    }
}
