using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Json;

namespace Accountability.Rules.Data.Batch;

/// <summary>
/// Turns a batch result into one line of JSON (compact, ending with a line feed) on the worker
/// thread that evaluated it, with a JSON writer kept per thread that writes straight into the row's
/// pooled buffer (no copy); and adds the written rows up into a <see cref="BatchSummary"/>.
/// </summary>
internal static class JsonLineWriter
{
    /// <summary>
    /// Compact, and without the writer's checks of the JSON's structure: the rows are written by the
    /// contract's writer, whose structure the tests check with writers that do check it (the bytes are the same).
    /// </summary>
    private static readonly JsonWriterOptions Compact = CaseResultJson.WriterOptions with { Indented = false, SkipValidation = true };

    [ThreadStatic]
    private static Writer? _perThread;

    /// <summary>The row of a result: its bytes in a buffer rented from <see cref="ArrayPool{T}.Shared"/>, and what the summary counts.</summary>
    public static Row Serialize(BatchResult result)
    {
        var writer = _perThread ??= new Writer();
        writer.Buffer.Start();
        writer.Json.Reset(writer.Buffer);
        if (result.Result is { } evaluated)
        {
            CaseResultJson.Write(writer.Json, evaluated);
        }
        else
        {
            BatchErrorJson.Write(writer.Json, result);
        }

        writer.Json.Flush();
        writer.Buffer.GetSpan(1)[0] = (byte)'\n';
        writer.Buffer.Advance(1);
        var (bytes, length) = writer.Buffer.Take();
        return result.Result is { } counted
            ? new Row(bytes, length, Json.CaseResultJsonWriter.Status(counted.Status), counted.LossSeverity.Tier, [])
            : new Row(bytes, length, null, null, [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)]);
    }

    /// <summary>One serialised row; <see cref="Status"/> is <c>null</c> for an error row.</summary>
    internal readonly record struct Row(byte[] Bytes, int Length, string? Status, string? Tier, ImmutableArray<Diagnostic> Errors);

    /// <summary>Counts written rows.</summary>
    internal sealed class Tally
    {
        private readonly Dictionary<string, long> _byStatus = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _byTier = new(StringComparer.Ordinal);
        private readonly ImmutableArray<Diagnostic>.Builder _firstErrors = ImmutableArray.CreateBuilder<Diagnostic>();
        private long _rows;
        private long _withoutTier;
        private long _errors;

        public long Rows => _rows;

        public void Add(in Row row)
        {
            _rows++;
            if (row.Status is not { } status)
            {
                if (_errors++ < BatchSummary.KeptErrorRows)
                {
                    _firstErrors.AddRange(row.Errors);
                }

                return;
            }

            _byStatus[status] = _byStatus.GetValueOrDefault(status) + 1;
            if (row.Tier is { } tier)
            {
                _byTier[tier] = _byTier.GetValueOrDefault(tier) + 1;
            }
            else
            {
                _withoutTier++;
            }
        }

        public BatchSummary ToSummary() => new(
            _rows,
            _byStatus.ToImmutableSortedDictionary(StringComparer.Ordinal),
            _byTier.ToImmutableSortedDictionary(StringComparer.Ordinal),
            _withoutTier,
            _errors,
            _firstErrors.ToImmutable());
    }

    private sealed class Writer
    {
        public Writer() => Json = new Utf8JsonWriter(Buffer, Compact);

        public RowBuffer Buffer { get; } = new();

        public Utf8JsonWriter Json { get; }
    }

    /// <summary>
    /// The bytes of one row in an array rented from <see cref="ArrayPool{T}.Shared"/>, which the row
    /// takes with it (the reader of the rows returns it); grown by renting a larger one.
    /// </summary>
    private sealed class RowBuffer : IBufferWriter<byte>
    {
        /// <summary>Room for most rows (about 8 KB, 16 KB with explanations) at the first rent.</summary>
        private const int InitialSize = 16 * 1024;

        private byte[] _bytes = [];
        private int _written;

        /// <summary>Starts a row in a newly rented array.</summary>
        public void Start()
        {
            _bytes = ArrayPool<byte>.Shared.Rent(InitialSize);
            _written = 0;
        }

        /// <summary>The row's array and length, which the caller returns to the pool; the buffer holds no array until <see cref="Start"/>.</summary>
        public (byte[] Bytes, int Length) Take()
        {
            var row = (_bytes, _written);
            _bytes = [];
            _written = 0;
            return row;
        }

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _bytes.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _bytes.AsSpan(_written);
        }

        private void Ensure(int sizeHint)
        {
            var needed = _written + Math.Max(sizeHint, 1);
            if (needed <= _bytes.Length)
            {
                return;
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _bytes.Length * 2));
            _bytes.AsSpan(0, _written).CopyTo(larger);
            if (_bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_bytes);
            }

            _bytes = larger;
        }
    }
}
