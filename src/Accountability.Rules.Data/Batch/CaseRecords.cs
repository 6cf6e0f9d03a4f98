using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using Accountability.Rules.Data.Yaml;
using nietras.SeparatedValues;

namespace Accountability.Rules.Data.Batch;

/// <summary>
/// Reads the inputs of a batch as <see cref="CaseRecord"/>s, JSON Lines or CSV, streaming: memory
/// stays bounded by the longest case, whatever the size of the input.
/// </summary>
public static class CaseRecords
{
    /// <summary>The name <c>accountability evaluate --batch -</c> gives standard input in diagnostics.</summary>
    public const string StandardInputName = "<stdin>";

    private const int BlockSize = 64 * 1024;

    /// <summary>
    /// The cases of a JSON Lines input: one case per line, as JSON on one line (the case format of a
    /// JSON case file); lines end with <c>\n</c> or <c>\r\n</c>. A line of only white space holds no
    /// case and is skipped. A line longer than a case file may be (4 Mi characters) is cut after the
    /// limit, so that loading it reports it as too large (ACR0102) without holding it whole. The
    /// reader is not closed.
    /// </summary>
    /// <param name="reader">The input.</param>
    /// <param name="source">The name diagnostics give for the input.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The cases, in input order, each with its line number.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static IAsyncEnumerable<CaseRecord> ReadJsonLines(TextReader reader, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        return Lines(reader, source, YamlLimits.MaxCharacters + 1, cancellationToken);
    }

    /// <summary>
    /// As <see cref="ReadJsonLines(TextReader, string, CancellationToken)"/> for UTF-8 bytes (a byte
    /// order mark is skipped). The stream is not closed.
    /// </summary>
    /// <param name="stream">The input.</param>
    /// <param name="source">The name diagnostics give for the input.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The cases, in input order, each with its line number.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static IAsyncEnumerable<CaseRecord> ReadJsonLines(Stream stream, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        return Utf8Lines(stream, source, YamlLimits.MaxCharacters + 1, cancellationToken);
    }

    /// <summary>The records <paramref name="read"/> gives of a stream's UTF-8 text (a byte order mark skipped); the stream stays open.</summary>
    private static async IAsyncEnumerable<CaseRecord> FromStream(
        Stream stream, string source, Func<TextReader, string, CancellationToken, IAsyncEnumerable<CaseRecord>> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, BlockSize, leaveOpen: true);
        await foreach (var record in read(reader, source, cancellationToken).ConfigureAwait(false))
        {
            yield return record;
        }
    }

    /// <summary>
    /// The cases of a CSV input (comma-separated, RFC 4180 quoting, UTF-8): a header row whose columns
    /// are paths into the case format, keys and list positions from 0 separated by dots (<c>ruleset</c>,
    /// <c>decidedOn</c>, <c>enterprise.level</c>, <c>losses.0.amount</c>, <c>persons.0.conduct.0</c>),
    /// then one case per row. A cell is read as the same value unquoted in a case file would be (a
    /// number, <c>true</c>/<c>false</c>, a date, text); CSV quotes only delimit it. An empty cell is
    /// left out, as a key the case does not have; a list holds the positions with a filled cell, in
    /// order; a row with no filled cell holds no case and is skipped. Each case is read by the case
    /// reader of case files, so its diagnostics are the same, at the row's line and the cell's column
    /// (a key's at its header cell). A header that is not such a layout makes every row an error row
    /// with the header's diagnostics (ACR0605, ACR0606, ACR0112); a row with more cells than the
    /// header is one (ACR0607). Streaming; the reader is not closed.
    /// </summary>
    /// <param name="reader">The input.</param>
    /// <param name="source">The name diagnostics give for the input.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The cases, in input order, each with the line its row starts on.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static IAsyncEnumerable<CaseRecord> ReadCsv(TextReader reader, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        return Rows(reader, source, cancellationToken);
    }

    /// <summary>
    /// As <see cref="ReadCsv(TextReader, string, CancellationToken)"/> for UTF-8 bytes (a byte order
    /// mark is skipped). The stream is not closed.
    /// </summary>
    /// <param name="stream">The input.</param>
    /// <param name="source">The name diagnostics give for the input.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The cases, in input order, each with the line its row starts on.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static IAsyncEnumerable<CaseRecord> ReadCsv(Stream stream, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        return FromStream(stream, source, Rows, cancellationToken);
    }

    private static async IAsyncEnumerable<CaseRecord> Rows(TextReader reader, string source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var csv = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = false }).From(reader, leaveOpen: true);
        CsvCaseLayout? layout = null;
        var line = 1;
        while (await csv.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            var record = Row(csv, ref layout, line, source);
            line = csv.Current.LineNumberToExcl;
            if (record is not null)
            {
                yield return record;
            }
        }
    }

    /// <summary>The header's layout (first row) or a row's record; the row, a ref struct, stays out of the iterator.</summary>
    private static CaseRecord? Row(SepReader csv, ref CsvCaseLayout? layout, int line, string source)
    {
        if (layout is null)
        {
            layout = CsvCaseLayout.Of(csv.Current, line, source);
            return null;
        }

        return layout.Record(csv.Current, line);
    }

    /// <summary>The non-blank lines of <paramref name="reader"/>, each cut at <paramref name="limit"/> characters.</summary>
    internal static async IAsyncEnumerable<CaseRecord> Lines(TextReader reader, string source, int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var block = new char[BlockSize];
        var begun = new BegunLine(limit);
        var number = 1;
        while (true)
        {
            var read = await reader.ReadAsync(block.AsMemory(), cancellationToken).ConfigureAwait(false);
            var start = 0;
            int end;
            while ((end = block.AsSpan(start, read - start).IndexOf('\n')) >= 0)
            {
                // A line within the block (nearly every line) is read from it; one begun in an earlier block is completed first.
                var record = Record(begun.Complete(block.AsSpan(start, end)), source, number);
                if (record is not null)
                {
                    yield return record;
                }

                number++;
                start += end + 1;
            }

            if (read == 0)
            {
                if (Record(begun.Complete([]), source, number) is { } last)
                {
                    yield return last;
                }

                yield break;
            }

            begun.Add(block.AsSpan(start, read - start));
        }
    }

    /// <summary>
    /// The non-blank lines of a stream's UTF-8 bytes (a byte order mark skipped), each cut at <paramref name="limit"/>
    /// characters, each record keeping its line's bytes when they are valid UTF-8 (so that the case is read from
    /// them without encoding its text again). Lines are found in the bytes; a line's text is decoded from them
    /// as <see cref="StreamReader"/> would (an invalid sequence becomes U+FFFD). A stream that starts with the byte
    /// order mark of UTF-16 or UTF-32 is read as text in that encoding instead.
    /// </summary>
    private static async IAsyncEnumerable<CaseRecord> Utf8Lines(Stream stream, string source, int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The most bytes the first 'limit' characters take (three a character; a surrogate pair is two characters in four bytes).
        var byteLimit = 3L * limit;
        var pipe = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: BlockSize, leaveOpen: true));
        try
        {
            var start = await pipe.ReadAtLeastAsync(4, cancellationToken).ConfigureAwait(false);
            if (OtherEncoding(start.Buffer))
            {
                pipe.AdvanceTo(start.Buffer.Start);
                await foreach (var record in FromStream(pipe.AsStream(leaveOpen: true), source, (reader, source, token) => Lines(reader, source, limit, token), cancellationToken).ConfigureAwait(false))
                {
                    yield return record;
                }

                yield break;
            }

            pipe.AdvanceTo(start.Buffer.GetPosition(start.Buffer.FirstSpan.StartsWith(Utf8ByteOrderMark) ? Utf8ByteOrderMark.Length : 0));
            var number = 1;
            var skipping = false; // Past the limit of a long line: its bytes up to its line feed are dropped.
            while (true)
            {
                var read = await pipe.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = read.Buffer;
                SequencePosition? end;
                while ((end = buffer.PositionOf((byte)'\n')) is { } lineEnd)
                {
                    var line = buffer.Slice(0, lineEnd);
                    buffer = buffer.Slice(buffer.GetPosition(1, lineEnd));
                    if (skipping)
                    {
                        skipping = false;
                    }
                    else if (Utf8Record(line, source, number, limit) is { } record)
                    {
                        yield return record;
                    }

                    number++;
                }

                if (read.IsCompleted)
                {
                    if (!skipping && Utf8Record(buffer, source, number, limit) is { } last)
                    {
                        yield return last;
                    }

                    yield break;
                }

                if (!skipping && buffer.Length > byteLimit)
                {
                    // A line longer than a case may be: its start is its record (too large to load), the rest is dropped.
                    if (Utf8Record(buffer.Slice(0, byteLimit), source, number, limit) is { } cut)
                    {
                        yield return cut;
                    }

                    skipping = true;
                }

                if (skipping)
                {
                    buffer = buffer.Slice(buffer.End);
                }

                pipe.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            await pipe.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The UTF-8 byte order mark.</summary>
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Whether the bytes start with the byte order mark of UTF-16 or UTF-32 (either byte order), which <see cref="StreamReader"/> reads.</summary>
    private static bool OtherEncoding(ReadOnlySequence<byte> start)
    {
        Span<byte> head = stackalloc byte[4];
        var length = (int)Math.Min(start.Length, head.Length);
        start.Slice(0, length).CopyTo(head);
        head = head[..length];
        return head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);
    }

    /// <summary>
    /// The record of a line's bytes (a carriage return before its line feed taken off), its text cut at
    /// <paramref name="limit"/> characters; <c>null</c> for a blank line. The record keeps the bytes of a whole
    /// line that is valid UTF-8.
    /// </summary>
    private static CaseRecord? Utf8Record(ReadOnlySequence<byte> line, string source, int number, int limit)
    {
        if (line.Length > limit && Encoding.UTF8.GetString(line) is { } whole && whole.Length > limit)
        {
            return Record(whole.AsSpan(0, limit), source, number);
        }

        ReadOnlyMemory<byte> bytes = line.ToArray();
        if (bytes.Span is [.., (byte)'\r'])
        {
            bytes = bytes[..^1];
        }

        // Decoded and checked in one pass: a line that is not valid UTF-8 is decoded again, as StreamReader does (U+FFFD), and keeps no bytes.
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var valid = Utf8.ToUtf16(bytes.Span, chars, out _, out var length, replaceInvalidSequences: false) == OperationStatus.Done;
            var text = valid ? new string(chars, 0, length) : Encoding.UTF8.GetString(bytes.Span);
            return string.IsNullOrWhiteSpace(text) ? null
                : new CaseRecord(source, number, text) { Utf8 = valid ? bytes : ReadOnlyMemory<byte>.Empty };
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The record of a line's text (a carriage return before its line feed taken off); <c>null</c> for a blank line.</summary>
    private static CaseRecord? Record(ReadOnlySpan<char> line, string source, int number)
    {
        if (line.Length > 0 && line[^1] == '\r')
        {
            line = line[..^1];
        }

        foreach (var character in line)
        {
            if (!char.IsWhiteSpace(character))
            {
                return new CaseRecord(source, number, line.ToString());
            }
        }

        return null;
    }

    /// <summary>
    /// The start of a line read in earlier blocks than the one where it ends, at most <paramref name="limit"/>
    /// characters (the rest is dropped); the room a very long line made is let go at the next line.
    /// </summary>
    private sealed class BegunLine(int limit)
    {
        private char[] _chars = [];
        private int _length;

        /// <summary>Adds the next characters of the line, up to the limit.</summary>
        public void Add(ReadOnlySpan<char> chars)
        {
            var taken = chars[..Math.Min(chars.Length, limit - _length)];
            if (taken.IsEmpty)
            {
                return;
            }

            if (_length == 0 && _chars.Length > BlockSize)
            {
                _chars = [];
            }

            if (_length + taken.Length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_length + taken.Length, Math.Min(limit, 2 * _chars.Length)));
            }

            taken.CopyTo(_chars.AsSpan(_length));
            _length += taken.Length;
        }

        /// <summary>
        /// The whole line, up to the limit, given its end <paramref name="rest"/>: <paramref name="rest"/> itself
        /// when no line was begun (no copy); valid until the next call.
        /// </summary>
        public ReadOnlySpan<char> Complete(ReadOnlySpan<char> rest)
        {
            if (_length == 0)
            {
                return rest[..Math.Min(rest.Length, limit)];
            }

            Add(rest);
            var line = _chars.AsSpan(0, _length);
            _length = 0;
            return line;
        }
    }
}
