using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Json;

namespace Accountability.Rules.Data.Batch;

/// <summary>
/// Turns a batch result into one line of JSON (compact, ending with a line feed) on the worker
/// thread that evaluated it, with a writer and buffer kept per thread; and adds the written rows up
/// into a <see cref="BatchSummary"/>.
/// </summary>
internal static class JsonLineWriter
{
    private static readonly JsonWriterOptions Compact = CaseResultJson.WriterOptions with { Indented = false };

    [ThreadStatic]
    private static Writer? _perThread;

    /// <summary>The row of a result: its bytes in a buffer rented from <see cref="ArrayPool{T}.Shared"/>, and what the summary counts.</summary>
    public static Row Serialize(BatchResult result)
    {
        var writer = _perThread ??= new Writer();
        writer.Buffer.ResetWrittenCount();
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
        var written = writer.Buffer.WrittenSpan;
        var bytes = ArrayPool<byte>.Shared.Rent(written.Length + 1);
        written.CopyTo(bytes);
        bytes[written.Length] = (byte)'\n';
        return result.Result is { } counted
            ? new Row(bytes, written.Length + 1, Json.CaseResultJsonWriter.Status(counted.Status), counted.LossSeverity.Tier, [])
            : new Row(bytes, written.Length + 1, null, null, [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)]);
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

        public ArrayBufferWriter<byte> Buffer { get; } = new(16 * 1024);

        public Utf8JsonWriter Json { get; }
    }
}
