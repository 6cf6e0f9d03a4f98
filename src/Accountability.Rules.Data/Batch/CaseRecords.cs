using System.Runtime.CompilerServices;
using System.Text;
using Accountability.Rules.Data.Yaml;

namespace Accountability.Rules.Data.Batch;

/// <summary>
/// Reads the inputs of a batch as <see cref="CaseRecord"/>s, streaming: memory stays bounded by the
/// longest case, whatever the size of the input.
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
        return FromStream(stream, source, cancellationToken);
    }

    private static async IAsyncEnumerable<CaseRecord> FromStream(Stream stream, string source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, BlockSize, leaveOpen: true);
        await foreach (var record in Lines(reader, source, YamlLimits.MaxCharacters + 1, cancellationToken).ConfigureAwait(false))
        {
            yield return record;
        }
    }

    /// <summary>The non-blank lines of <paramref name="reader"/>, each cut at <paramref name="limit"/> characters.</summary>
    internal static async IAsyncEnumerable<CaseRecord> Lines(TextReader reader, string source, int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var block = new char[BlockSize];
        var line = new StringBuilder();
        var number = 1;
        while (true)
        {
            var read = await reader.ReadAsync(block.AsMemory(), cancellationToken).ConfigureAwait(false);
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (block[i] != '\n')
                {
                    continue;
                }

                Append(line, block.AsSpan(start, i - start), limit);
                if (Record(line, source, number) is { } record)
                {
                    yield return record;
                }

                line.Clear();
                number++;
                start = i + 1;
            }

            if (read == 0)
            {
                if (Record(line, source, number) is { } last)
                {
                    yield return last;
                }

                yield break;
            }

            Append(line, block.AsSpan(start, read - start), limit);
        }
    }

    private static void Append(StringBuilder line, ReadOnlySpan<char> chars, int limit)
    {
        var room = limit - line.Length;
        if (room > 0)
        {
            line.Append(chars.Length > room ? chars[..room] : chars);
        }
    }

    private static CaseRecord? Record(StringBuilder line, string source, int number)
    {
        var length = line.Length;
        if (length > 0 && line[length - 1] == '\r')
        {
            length--;
        }

        for (var i = 0; i < length; i++)
        {
            if (!char.IsWhiteSpace(line[i]))
            {
                return new CaseRecord(source, number, line.ToString(0, length));
            }
        }

        return null;
    }
}
