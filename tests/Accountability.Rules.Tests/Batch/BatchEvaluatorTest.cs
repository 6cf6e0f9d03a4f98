using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Accountability.Rules.Data.Batch;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Json;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Batch;

/// <summary>
/// <see cref="BatchEvaluator"/> through the public API: results in input order whatever the
/// parallelism, each the result a single evaluation gives; a bad case becomes a result with its
/// diagnostics at the input's line, with the ids single-case loading gives; the JSON Lines reader.
/// </summary>
public sealed class BatchEvaluatorTest
{
    private static BatchEvaluator Evaluator(int workers = 4) =>
        new(RuleSetCatalog.Bundled, new BatchOptions { MaxDegreeOfParallelism = workers }, engine: TestEngine.Of);

    [Fact]
    public async Task EvaluateAsync_InParallel_GivesEachCaseItsOwnResultInInputOrder()
    {
        const int Count = 150;
        var lines = Enumerable.Range(0, Count).Select(BatchCases.Line).ToArray();

        var results = await Evaluator(workers: 4).EvaluateAsync(BatchCases.Records(string.Join("\n", lines))).ToListAsync();

        Assert.Equal(Enumerable.Range(1, Count), results.Select(r => r.Line));
        for (var i = 0; i < Count; i++)
        {
            var single = CaseLoader.LoadAndResolve(lines[i], "single.json", RuleSetCatalog.Bundled).Value!;
            var expected = CaseEvaluator.Evaluate(TestEngine.Of(single.RuleSet), single.Case.Facts, single.DecidedOn, new EvaluationOptions { Explain = false });
            Assert.True(results[i].Succeeded, $"line {i + 1}: {string.Join("; ", results[i].Diagnostics)}");
            Assert.Equal(CaseResultJson.ToJson(expected), CaseResultJson.ToJson(results[i].Result!));
        }
    }

    [Fact]
    public async Task EvaluateAsync_BadCases_BecomeResultsWithTheDiagnosticsOfSingleLoadingAtTheirLines()
    {
        var good = BatchCases.Line(6);
        const string UnknownKey = "{ \"ruleset\": \"yibin-2020\", \"decidedOn\": \"2024-06-28\", \"colour\": 1 }";
        const string Malformed = "{ \"ruleset\": \"yibin-2020\", ";
        const string UnknownRuleSet = "{ \"ruleset\": \"no-such-ruleset\", \"decidedOn\": \"2024-06-28\" }";
        var input = string.Join("\n", good, UnknownKey, "", Malformed, "   ", UnknownRuleSet, good) + "\n";

        var results = await Evaluator().EvaluateAsync(BatchCases.Records(input)).ToListAsync();

        Assert.Equal([1, 2, 4, 6, 7], results.Select(r => r.Line));
        Assert.Equal([true, false, false, false, true], results.Select(r => r.Succeeded));
        foreach (var (bad, text) in new[] { (results[1], UnknownKey), (results[2], Malformed), (results[3], UnknownRuleSet) })
        {
            var single = CaseLoader.LoadAndResolve(text, "batch.jsonl", RuleSetCatalog.Bundled);
            Assert.NotEmpty(single.Errors);
            Assert.Equal(single.Diagnostics.Select(d => d.Id), bad.Diagnostics.Select(d => d.Id));
            Assert.Equal(single.Diagnostics.Select(d => (d.Location!.Line + bad.Line - 1, d.Location.Column)), bad.Diagnostics.Select(d => (d.Location!.Line, d.Location.Column)));
            Assert.All(bad.Diagnostics, d => Assert.Equal("batch.jsonl", d.Location!.File));
        }

        Assert.Equal("ACR0201", Assert.Single(results[1].Diagnostics).Id);
        Assert.Equal((2, UnknownKey.IndexOf("\"colour\"", StringComparison.Ordinal) + 1), (results[1].Diagnostics[0].Location!.Line, results[1].Diagnostics[0].Location!.Column));
    }

    [Fact]
    public async Task ReadJsonLines_CountsEveryLine_SkipsBlankOnes_AndDropsCarriageReturns()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF{ \"a\": 1 }\r\n\r\n  \n{ \"b\": 2 }\n{ \"c\": 3 }");

        var records = await CaseRecords.ReadJsonLines(new MemoryStream(bytes), "x.jsonl").ToListAsync();

        Assert.Equal(
            [new CaseRecord("x.jsonl", 1, "{ \"a\": 1 }"), new CaseRecord("x.jsonl", 4, "{ \"b\": 2 }"), new CaseRecord("x.jsonl", 5, "{ \"c\": 3 }")],
            records);
    }

    [Fact]
    public async Task ReadJsonLines_LinesAcrossTheReadersBlocks_AreTheLinesOfTheText()
    {
        // Lines of every length up to past the reader's 64 Ki-character block, so that lines start, end and
        // straddle anywhere in a block: each comes out whole, with its number, blank ones skipped, CRs dropped.
        var random = new Random(20261202);
        var lines = new List<string>();
        for (var total = 0; total < 600_000;)
        {
            var line = random.Next(10) switch
            {
                0 => "",
                1 => " \t ",
                2 => new string('长', random.Next(60_000, 140_000)),
                _ => "{ \"n\": \"" + new string((char)('a' + random.Next(26)), random.Next(0, 5_000)) + "\" }",
            };
            lines.Add(line);
            total += line.Length + 1;
        }

        var text = string.Concat(lines.Select((line, i) => line + (i % 3 == 0 ? "\r\n" : "\n")));
        var expected = lines.Select((line, i) => new CaseRecord("x.jsonl", i + 1, line)).Where(r => !string.IsNullOrWhiteSpace(r.Text));

        var records = await CaseRecords.ReadJsonLines(new MemoryStream(Encoding.UTF8.GetBytes(text)), "x.jsonl").ToListAsync();

        Assert.Equal(expected, records);
    }

    [Fact]
    public async Task ReadJsonLines_FromBytes_GivesTheRecordsOfTheDecodedText_EachWithItsLinesBytesWhenValid()
    {
        // Lines found in the bytes give what a StreamReader's text gives: CRs dropped, blank lines (Unicode
        // spaces too) skipped, an invalid sequence read as U+FFFD, lines past a case file's limit cut at it
        // (one of 'x', one of characters three bytes long).
        var parts = new[]
        {
            Encoding.UTF8.GetBytes("\uFEFF{ \"a\": \"预付货款 😀\" }\r\n\u3000\n"),
            [(byte)'{', 0xC3, 0x28, 0xFF, (byte)'}', (byte)'\n'],
            Encoding.UTF8.GetBytes("{ \"x\": \"" + new string('x', 5 * 1024 * 1024) + "\" }\r\n{ \"b\": 2 }\n"),
            Encoding.UTF8.GetBytes(new string('长', 5 * 1024 * 1024) + "\n\n{ \"c\": \"\r\" }"),
        };
        var bytes = parts.SelectMany(part => part).ToArray();

        var records = await CaseRecords.ReadJsonLines(new MemoryStream(bytes), "x.jsonl").ToListAsync();
        var fromText = await CaseRecords.ReadJsonLines(new StreamReader(new MemoryStream(bytes)), "x.jsonl").ToListAsync();

        Assert.Equal([1, 3, 4, 5, 6, 8], records.Select(r => r.Line));
        Assert.Equal(fromText, records);
        Assert.Equal(["{ \"a\": \"预付货款 😀\" }", "{\uFFFD(\uFFFD}"], records.Take(2).Select(r => r.Text));
        Assert.Equal((4 * 1024 * 1024) + 1, records[2].Text.Length);
        Assert.Equal((4 * 1024 * 1024) + 1, records[4].Text.Length);
        Assert.Equal(Encoding.UTF8.GetBytes(records[0].Text), records[0].Utf8.ToArray());
        Assert.True(records[1].Utf8.IsEmpty, "The bytes of a line that is not valid UTF-8 are not its text's.");
        Assert.Equal(Encoding.UTF8.GetBytes("{ \"b\": 2 }"), records[3].Utf8.ToArray());
        Assert.Equal(Encoding.UTF8.GetBytes("{ \"c\": \"\r\" }"), records[5].Utf8.ToArray());
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public async Task ReadJsonLines_FromBytesWithTheByteOrderMarkOfAnotherEncoding_ReadsThemInIt(string encoding)
    {
        var text = "{ \"a\": \"预付货款\" }\r\n\n{ \"b\": 2 }\n";
        var bytes = Encoding.GetEncoding(encoding).GetPreamble().Concat(Encoding.GetEncoding(encoding).GetBytes(text)).ToArray();

        var records = await CaseRecords.ReadJsonLines(new MemoryStream(bytes), "x.jsonl").ToListAsync();

        Assert.Equal([new CaseRecord("x.jsonl", 1, "{ \"a\": \"预付货款\" }"), new CaseRecord("x.jsonl", 3, "{ \"b\": 2 }")], records);
    }

    [Fact]
    public async Task Evaluate_RecordsReadFromBytes_GiveTheRowsOfRecordsReadFromText()
    {
        var input = BatchCases.JsonLines(200);
        using var fromBytes = new MemoryStream();
        using var fromText = new MemoryStream();

        await Evaluator().WriteJsonLinesAsync(CaseRecords.ReadJsonLines(new MemoryStream(Encoding.UTF8.GetBytes(input)), "batch.jsonl"), fromBytes);
        await Evaluator().WriteJsonLinesAsync(BatchCases.Records(input), fromText);

        Assert.Equal(Encoding.UTF8.GetString(fromText.ToArray()), Encoding.UTF8.GetString(fromBytes.ToArray()));
    }

    [Theory]
    [InlineData("\u0001", "U+0001")]
    [InlineData("\u007F", "U+007F")]
    [InlineData("\u0080", "U+0080")]
    [InlineData("\u0085", "U+0085")]
    [InlineData("\u009F", "U+009F")]
    [InlineData("\u00A0", null)]
    [InlineData("\u00C2", null)]
    public async Task Evaluate_ARawControlCharacterInALineReadFromBytes_IsReportedAsInTheText(string character, string? reported)
    {
        // The check for raw controls looks at the line's UTF-8 when the record keeps it: C1 controls are C2 80 to
        // C2 9F; U+00A0 (C2 A0) and Â (C3 82) are not controls.
        var input = "{ \"ruleset\": \"yibin-2020\", \"note\": \"a" + character + "b\" }\n";

        var fromBytes = await Evaluator().EvaluateAsync(CaseRecords.ReadJsonLines(new MemoryStream(Encoding.UTF8.GetBytes(input)), "batch.jsonl")).ToListAsync();
        var fromText = await Evaluator().EvaluateAsync(BatchCases.Records(input)).ToListAsync();

        var ids = Assert.Single(fromBytes).Diagnostics.Select(d => (d.Id, d.Location)).ToList();
        Assert.Equal(Assert.Single(fromText).Diagnostics.Select(d => (d.Id, d.Location)), ids);
        if (reported is null)
        {
            Assert.DoesNotContain(ids, d => d.Id == "ACR0113");
        }
        else
        {
            Assert.Contains(fromBytes[0].Diagnostics, d => d.Id == "ACR0113" && d.Message.Contains(reported, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ReadJsonLines_LineLongerThanACaseFile_IsCutAndReportedTooLarge()
    {
        var huge = "{ \"ruleset\": \"" + new string('x', 5 * 1024 * 1024) + "\" }";

        var results = await Evaluator().EvaluateAsync(BatchCases.Records(BatchCases.Line(6) + "\n" + huge + "\n" + BatchCases.Line(6))).ToListAsync();

        Assert.Equal([1, 2, 3], results.Select(r => r.Line));
        Assert.Equal("ACR0102", Assert.Single(results[1].Diagnostics).Id);
        Assert.True(results[0].Succeeded && results[2].Succeeded);
    }

    [Fact]
    public async Task WriteJsonLinesAsync_WritesOneCompactRowPerCase_AndCountsThem()
    {
        var input = BatchCases.JsonLines(40) + "{ \"ruleset\": \"yibin-2020\" }\n";
        using var output = new MemoryStream();
        var reported = new List<long>();

        var summary = await Evaluator().WriteJsonLinesAsync(BatchCases.Records(input), output, new Recorder(reported));

        var rows = Encoding.UTF8.GetString(output.ToArray()).Split('\n');
        Assert.Equal(42, rows.Length);
        Assert.Equal(string.Empty, rows[^1]);
        var documents = rows[..^1].Select(r => JsonDocument.Parse(r)).ToArray();
        Assert.Equal(41, summary.Rows);
        Assert.Equal(1, summary.Errors);
        Assert.Equal(Enumerable.Range(1, 41).Select(i => (long)i), reported);
        Assert.Equal(40, summary.ByStatus.Values.Sum());
        Assert.Equal(40, summary.ByTier.Values.Sum() + summary.WithoutTier);
        Assert.Equal(
            documents[..40].GroupBy(d => d.RootElement.GetProperty("status").GetString()!).ToDictionary(g => g.Key, g => (long)g.Count()),
            summary.ByStatus.ToDictionary());
        var error = documents[40].RootElement;
        Assert.Equal("error", error.GetProperty("status").GetString());
        Assert.Equal(41, error.GetProperty("line").GetInt32());
        Assert.Equal(summary.FirstErrors.Select(d => d.Id), error.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.DoesNotContain('\n', rows[0]);
    }

    [Fact]
    public async Task EvaluateAsync_ConsumerStopsEarly_StopsReadingTheInput()
    {
        var read = new StrongBox<long>();
        var texts = new[] { BatchCases.Line(6) };
        var taken = 0;

        await foreach (var result in Evaluator(workers: 2).EvaluateAsync(BatchCases.Streamed(texts, 1_000_000, read)))
        {
            if (++taken == 20)
            {
                break;
            }
        }

        Assert.InRange(Interlocked.Read(ref read.Value), 20, 20 + (((2 * BatchEvaluator.ChunksPerWorker) + 2) * BatchEvaluator.CasesPerChunk));
    }

    [Fact]
    public async Task EvaluateAsync_InputThatWaitsForEachResult_GetsEachResultBeforeTheNextCase()
    {
        // A conversation over standard input: the next case comes only once the last result is out.
        // Cases must not wait for a chunk to fill.
        var answered = new SemaphoreSlim(0);
        var lines = new List<int>();

        await foreach (var result in Evaluator(workers: 2).EvaluateAsync(BatchCases.OneAtATime(answered, count: 5)).WithCancellation(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token))
        {
            lines.Add(result.Line);
            answered.Release();
        }

        Assert.Equal([1, 2, 3, 4, 5], lines);
    }

    [Fact]
    public async Task WriteJsonLinesAsync_InputThatWaitsForEachRow_GetsEachRowWrittenBeforeTheNextCase()
    {
        // The same conversation through the JSON Lines writer: a row must reach the output before the
        // writer waits for the next case, not stay in its buffer.
        var output = new RowSignallingStream();

        var summary = await Evaluator(workers: 2).WriteJsonLinesAsync(BatchCases.OneAtATime(output.Rows, count: 4), output, cancellationToken: new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);

        Assert.Equal(4, summary.Rows);
        Assert.Equal(4, Encoding.UTF8.GetString(output.ToArray()).Count(c => c == '\n'));
    }

    [Fact]
    public async Task WriteJsonLinesAsync_InputReadFasterThanEvaluated_IsWrittenInLargeBlocks_NotFlushedPerChunk()
    {
        // The rows of cases still on their way will come: the output is flushed when every case read is
        // written (at the start, before the first is read, at the end, and when the reader of the input
        // happens to be between two cases as the last row read is written, which a busy machine makes more
        // likely), not whenever a chunk is late (about two chunks in three on one worker).
        const int Count = 2_000;
        var output = new FlushCountingStream();

        var summary = await Evaluator(workers: 1).WriteJsonLinesAsync(BatchCases.Records(BatchCases.JsonLines(Count)), output);

        Assert.Equal(Count, summary.Rows);
        Assert.Equal(Count, Encoding.UTF8.GetString(output.ToArray()).Count(c => c == '\n'));
        Assert.InRange(output.Flushes, 1, Count / BatchEvaluator.CasesPerChunk / 4);
    }

    [Fact]
    public async Task WriteJsonLinesAsync_OutputThatHandsOutItsMemory_TakesEveryRowThere_AndIsFlushed()
    {
        // A stream that buffers its writes in memory it hands out (IBufferWriter) gets the rows in that memory,
        // with no buffer in front of it: never a write, the same bytes as through a plain stream.
        var records = BatchCases.JsonLines(60);
        using var plain = new MemoryStream();
        await Evaluator(workers: 2).WriteJsonLinesAsync(BatchCases.Records(records), plain);
        using var output = new HandingOutStream();

        var summary = await Evaluator(workers: 2).WriteJsonLinesAsync(BatchCases.Records(records), output);

        Assert.Equal(60, summary.Rows);
        Assert.Equal(plain.ToArray(), output.Written.ToArray());
        Assert.Equal(0, output.Writes);
        Assert.True(output.Flushes >= 1);
        Assert.Equal(0, output.Unflushed);
    }

    [Fact]
    public async Task WriteJsonLinesAsync_OutputThatFails_GivesTheOutputsException()
    {
        // Rows are flushed while the next are evaluated: the output's failure then must still be what the caller gets.
        var records = BatchCases.Records(BatchCases.JsonLines(200));

        var failure = await Assert.ThrowsAsync<IOException>(() => Evaluator(workers: 1).WriteJsonLinesAsync(records, new FullDiskStream()));

        Assert.Equal(FullDiskStream.Message, failure.Message);
    }

    [Fact]
    public async Task EvaluateAsync_SelectorFailsOnACase_GivesTheResultsBeforeItThenItsException()
    {
        const int Count = 40;
        var records = BatchCases.Records(string.Join("\n", Enumerable.Range(0, Count).Select(BatchCases.Line)));
        var lines = new List<int>();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var line in Evaluator(workers: 2).EvaluateAsync(records, result => result.Line == 21 ? throw new InvalidOperationException("case 21") : result.Line))
            {
                lines.Add(line);
            }
        });

        Assert.Equal("case 21", failure.Message);
        Assert.Equal(Enumerable.Range(1, 20), lines);
    }

    /// <summary>An output that signals <see cref="Rows"/> once for every line feed written to it.</summary>
    private sealed class RowSignallingStream : MemoryStream
    {
        public SemaphoreSlim Rows { get; } = new(0);

        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            var rows = buffer.AsSpan(offset, count).Count((byte)'\n');
            if (rows > 0)
            {
                Rows.Release(rows);
            }
        }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>An output that counts its flushes.</summary>
    private sealed class FlushCountingStream : MemoryStream
    {
        public int Flushes { get; private set; }

        public override void Flush() => Flushes++;

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Flushes++;
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// An output that buffers in memory it hands out (<see cref="IBufferWriter{T}"/>): counts the writes made to it as
    /// a stream (none expected), its flushes, and the bytes put in its memory since the last flush.
    /// </summary>
    private sealed class HandingOutStream : MemoryStream, IBufferWriter<byte>
    {
        private readonly ArrayBufferWriter<byte> _memory = new();

        public ReadOnlyMemory<byte> Written => _memory.WrittenMemory;

        public int Writes { get; private set; }

        public int Flushes { get; private set; }

        public int Unflushed { get; private set; }

        public void Advance(int count)
        {
            _memory.Advance(count);
            Unflushed += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => _memory.GetMemory(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => _memory.GetSpan(sizeHint);

        public override void Write(byte[] buffer, int offset, int count) => Writes++;

        public override void Write(ReadOnlySpan<byte> buffer) => Writes++;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
            Flushes++;
            Unflushed = 0;
        }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            Flush();
            return Task.CompletedTask;
        }
    }

    /// <summary>An output on a full disk: every write and flush fails.</summary>
    private sealed class FullDiskStream : MemoryStream
    {
        public const string Message = "No space left on device";

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException(Message);

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException(Message);

        public override void Flush() => throw new IOException(Message);

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.FromException(new IOException(Message));

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromException(new IOException(Message));

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromException(new IOException(Message));
    }

    private sealed class Recorder(List<long> reported) : IProgress<long>
    {
        public void Report(long value) => reported.Add(value);
    }
}
