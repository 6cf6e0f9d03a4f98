using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Batch;

/// <summary>
/// Evaluates a stream of cases on every processor and gives their results in input order, as a
/// stream: at most a few chunks of cases per processor are held at once, so memory stays constant whatever the
/// number of cases. Each case is loaded and checked as a case file is
/// (<see cref="CaseLoader.LoadAndResolve(string, string, RuleSetCatalog, NodaTime.LocalDate?, CompiledRuleSet?)"/>)
/// and evaluated under the ruleset it names, compiled once and shared by every case
/// (<see cref="CompiledRuleSet"/> is thread-safe); a case that cannot be evaluated becomes a result
/// with its diagnostics, never an exception or a lost case. Thread-safe; one instance serves any
/// number of batches.
/// </summary>
public sealed class BatchEvaluator
{
    /// <summary>The most cases a worker takes at once: handing cases over in chunks keeps the threads' hand-overs rare.</summary>
    internal const int CasesPerChunk = 16;

    /// <summary>The chunks per worker in the pipeline at once (being read, waiting, evaluated, waiting to be yielded).</summary>
    internal const int ChunksPerWorker = 2;

    /// <summary>
    /// The rows <see cref="WriteJsonLinesAsync"/> gathers before writing them to the output: a million rows of
    /// about 7.5 KB each go out in some 7,000 writes rather than 115,000 (each write of a file a system call
    /// and a hand-over to the thread pool).
    /// </summary>
    internal const int OutputBufferSize = 1024 * 1024;

    private readonly RuleSetCatalog _catalog;
    private readonly BatchOptions _options;
    private readonly CompiledRuleSet? _ruleSet;
    private readonly Func<CompiledRuleSet, IRuleSessionFactory> _engine;

    /// <summary>Creates an evaluator of cases against <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The rulesets cases may name, e.g. <see cref="RuleSetCatalog.Bundled"/>.</param>
    /// <param name="options">The decision date, evaluation options and parallelism; <c>null</c> for the defaults.</param>
    /// <param name="ruleSet">
    /// A ruleset to evaluate every case under instead of the one it names (e.g. an overlay file); each
    /// case must name it or one of its parents. <c>null</c> (the default): each case's own.
    /// </param>
    /// <param name="engine">
    /// The engine a compiled ruleset runs on, e.g. <c>NRulesEngine.For</c>; called once per case with
    /// the case's ruleset, so it should cache. <c>null</c> (the default): the compiled engine.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is <c>null</c>.</exception>
    public BatchEvaluator(RuleSetCatalog catalog, BatchOptions? options = null, CompiledRuleSet? ruleSet = null, Func<CompiledRuleSet, IRuleSessionFactory>? engine = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _options = options ?? new BatchOptions();
        _ruleSet = ruleSet;
        _engine = engine ?? (compiled => compiled);
    }

    /// <summary>The options cases are evaluated with.</summary>
    public BatchOptions Options => _options;

    /// <summary>
    /// Evaluates <paramref name="cases"/> in parallel and yields one result per case, in input order.
    /// Reading the input, evaluating and the caller's consumption overlap; the input is read only as
    /// far ahead as a few chunks of cases per processor.
    /// </summary>
    /// <param name="cases">The cases, e.g. <see cref="CaseRecords.ReadJsonLines(TextReader, string, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Stops reading and evaluating.</param>
    /// <returns>The results, in the order of <paramref name="cases"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is <c>null</c>.</exception>
    public IAsyncEnumerable<BatchResult> EvaluateAsync(IAsyncEnumerable<CaseRecord> cases, CancellationToken cancellationToken = default) =>
        EvaluateAsync(cases, static result => result, cancellationToken);

    /// <summary>
    /// As <see cref="EvaluateAsync(IAsyncEnumerable{CaseRecord}, CancellationToken)"/>, with
    /// <paramref name="selector"/> applied to each result on the thread that evaluated it, so that
    /// work per result (such as writing it as JSON) runs in parallel too; the selected values come in
    /// input order.
    /// </summary>
    /// <typeparam name="T">What each result becomes.</typeparam>
    /// <param name="cases">The cases.</param>
    /// <param name="selector">What to make of a result; called once per case, from several threads at once.</param>
    /// <param name="cancellationToken">Stops reading and evaluating.</param>
    /// <returns>The selected values, in the order of <paramref name="cases"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public IAsyncEnumerable<T> EvaluateAsync<T>(IAsyncEnumerable<CaseRecord> cases, Func<BatchResult, T> selector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(selector);
        return Ordered(cases, selector, backlog: null, cancellationToken);
    }

    /// <summary>
    /// Evaluates <paramref name="cases"/> in parallel and writes one line of JSON per case to
    /// <paramref name="output"/>, in input order (JSON Lines, UTF-8, each line ending with a line
    /// feed). An evaluated case is its result as <see cref="Accountability.Rules.Json.CaseResultJson"/> writes it,
    /// on one line; a case that cannot be evaluated is an error row: <c>schemaVersion</c>,
    /// <c>status</c> <c>"error"</c>, <c>source</c>, <c>line</c> and every diagnostic (<c>id</c>,
    /// <c>severity</c>, <c>file</c>, <c>line</c>, <c>column</c>, <c>message</c>, <c>hint</c>;
    /// <c>docs/schemas/batch-error.v1.schema.json</c> in the repository). Each row is written as JSON
    /// on the thread that evaluated its case. Rows are buffered, and flushed whenever every case read so far
    /// has been written (so that a caller who waits for a row before giving the next case gets it, while a
    /// file read faster than its cases are evaluated is written in large blocks) and at the end; the stream
    /// is not closed. An output that is also an <see cref="IBufferWriter{T}"/> of bytes (a stream that buffers
    /// its own writes) takes each row in the memory it gives, without another buffer in front of it, and is
    /// flushed at the same points.
    /// </summary>
    /// <param name="cases">The cases.</param>
    /// <param name="output">A writable stream.</param>
    /// <param name="progress">Told the number of rows written so far after each row, on the writing thread; <c>null</c> for none.</param>
    /// <param name="cancellationToken">Stops reading, evaluating and writing.</param>
    /// <returns>The counts of the rows written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> or <paramref name="output"/> is <c>null</c>.</exception>
    /// <exception cref="IOException">The output failed.</exception>
    public async Task<BatchSummary> WriteJsonLinesAsync(IAsyncEnumerable<CaseRecord> cases, Stream output, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(output);
        var tally = new JsonLineWriter.Tally();

        // Rows are small: buffered, so that an unbuffered output (standard output) is not written row by row. An
        // output that buffers its writes in memory it hands out takes each row there, copied once; any other gets a
        // buffer here in front of it.
        var writer = output as IBufferWriter<byte>;
#pragma warning disable CA2000 // Not disposed: disposing would close the caller's stream; flushed below.
        var buffered = writer is null ? new BufferedStream(output, OutputBufferSize) : output;
#pragma warning restore CA2000
        var backlog = new Backlog();
        var rows = Ordered(cases, JsonLineWriter.Serialize, backlog, cancellationToken).ConfigureAwait(false).GetAsyncEnumerator();
        try
        {
            while (true)
            {
                // Every case read is written, and no more is coming yet: what is buffered goes out before
                // waiting, so that an input that waits for its results (a conversation over standard input)
                // gets them. While cases are on their way, their rows will come: no need.
                var next = rows.MoveNextAsync();
                if (!next.GetAwaiter().IsCompleted && backlog.IsEmpty)
                {
                    await FlushWhileMoving(buffered, next, cancellationToken).ConfigureAwait(false);
                }

                if (!await next)
                {
                    break;
                }

                var row = rows.Current;
                try
                {
                    if (writer is not null)
                    {
                        writer.Write(row.Bytes.AsSpan(0, row.Length));
                    }
                    else
                    {
                        await buffered.WriteAsync(row.Bytes.AsMemory(0, row.Length), cancellationToken).ConfigureAwait(false);
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(row.Bytes);
                }

                tally.Add(row);
                progress?.Report(tally.Rows);
            }
        }
        finally
        {
            await rows.DisposeAsync();
        }

        await buffered.FlushAsync(cancellationToken).ConfigureAwait(false);
        return tally.ToSummary();
    }

    /// <summary>
    /// Flushes the output while the rows move to the next: when the output fails, the move is let finish
    /// before the output's exception goes on, as the rows cannot be disposed of while they move (that would
    /// throw <see cref="NotSupportedException"/> instead).
    /// </summary>
    private static async Task FlushWhileMoving(Stream output, ConfiguredValueTaskAwaitable<bool> next, CancellationToken cancellationToken)
    {
        try
        {
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            try
            {
                await next;
            }
#pragma warning disable CA1031 // The output's exception is the one that goes on; the rows' own (if any) comes again when they are disposed.
            catch (Exception)
#pragma warning restore CA1031
            {
            }

            throw;
        }
    }

    /// <summary>Loads, resolves and evaluates one case; a mistake in it comes back as diagnostics at the input's lines.</summary>
    /// <param name="record">The case.</param>
    /// <returns>The result or the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <c>null</c>.</exception>
    public BatchResult Evaluate(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!record.Problems.IsDefaultOrEmpty)
        {
            return new BatchResult(record, null, record.Problems);
        }

        // A document read from a CSV row is positioned in the input already; a text counts its lines from 1.
        var resolved = record.Document is { } document
            ? CaseLoader.LoadAndResolve(document, record.Source, _catalog, _options.On, _ruleSet)
            : CaseLoader.LoadAndResolve(record.Text, record.Utf8, record.Source, _catalog, _options.On, _ruleSet);
        var diagnostics = record.Document is null ? Relocate(resolved.Diagnostics, record) : resolved.Diagnostics;
        if (resolved.Value is not { } loaded)
        {
            return new BatchResult(record, null, diagnostics);
        }

        try
        {
            var result = CaseEvaluator.Evaluate(_engine(loaded.RuleSet), loaded.Case.Facts, loaded.DecidedOn, _options.Evaluation);
            return new BatchResult(record, result, diagnostics);
        }
        catch (RuleCycleException cycle)
        {
            // The ruleset's rules keep feeding each other on this case: each rule of the cycle at its line in the ruleset file.
            return new BatchResult(record, null, diagnostics.AddRange(cycle.Diagnostics(loaded.RuleSet.Definition)));
        }
    }

    /// <summary>The diagnostics of a case's text moved to the input's lines (the text's line 1 is the record's line).</summary>
    private static ImmutableArray<Diagnostic> Relocate(ImmutableArray<Diagnostic> diagnostics, CaseRecord record)
    {
        if (diagnostics.IsEmpty || record.Line == 1)
        {
            return diagnostics;
        }

        return [.. diagnostics.Select(d => d.Location is { } at && at.File == record.Source
            ? d with { Location = new SourceLocation(at.File, at.Line + record.Line - 1, at.Column) }
            : d)];
    }

    /// <summary>
    /// The results of <paramref name="cases"/> through <paramref name="selector"/>, in input order (see
    /// <see cref="EvaluateAsync{T}(IAsyncEnumerable{CaseRecord}, Func{BatchResult, T}, CancellationToken)"/>),
    /// with the cases read and not yet yielded counted in <paramref name="backlog"/> when it is not null.
    /// </summary>
    private async IAsyncEnumerable<T> Ordered<T>(IAsyncEnumerable<CaseRecord> cases, Func<BatchResult, T> selector, Backlog? backlog, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var workers = _options.MaxDegreeOfParallelism ?? Environment.ProcessorCount;
        var capacity = workers * ChunksPerWorker;

        // The cases go in chunks: each chunk takes a place in the order channel and goes to a worker,
        // and the chunks' results are yielded in input order. The bounded order channel holds every
        // chunk not yet yielded, so at most 'capacity' chunks (and their results) are in memory at once.
        var order = Channel.CreateBounded<Chunk<T>>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var work = Channel.CreateBounded<Chunk<T>>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var producer = Task.Run(() => ProduceAsync(cases, order.Writer, work.Writer, backlog, token), token);
        var consumers = Enumerable.Range(0, workers).Select(_ => Task.Run(() => WorkAsync(work.Reader, selector, token), token)).ToArray();
        try
        {
            await foreach (var chunk in order.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                await chunk.Task.ConfigureAwait(false);
                for (var i = 0; i < chunk.Evaluated; i++)
                {
                    backlog?.Yielded();
                    yield return chunk.Results[i];
                }

                chunk.ThrowIfFailed();
            }

            await producer.ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Settle(producer, consumers).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads the cases into chunks and hands each to the workers when it is full, or as soon as the
    /// input has no case ready (so that a slow input, such as a person typing into standard input,
    /// gets each result without waiting for a chunk to fill).
    /// </summary>
    private static async Task ProduceAsync<T>(IAsyncEnumerable<CaseRecord> cases, ChannelWriter<Chunk<T>> order, ChannelWriter<Chunk<T>> work, Backlog? backlog, CancellationToken token)
    {
        try
        {
            var input = cases.WithCancellation(token).ConfigureAwait(false).GetAsyncEnumerator();
            try
            {
                var chunk = new Chunk<T>();
                while (true)
                {
                    var next = input.MoveNextAsync();
                    if (!next.GetAwaiter().IsCompleted && chunk.Count > 0)
                    {
                        chunk = await Hand(chunk).ConfigureAwait(false);
                    }

                    if (!await next)
                    {
                        break;
                    }

                    backlog?.Read();
                    chunk.Add(input.Current);
                    if (chunk.IsFull)
                    {
                        chunk = await Hand(chunk).ConfigureAwait(false);
                    }
                }

                if (chunk.Count > 0)
                {
                    await Hand(chunk).ConfigureAwait(false);
                }
            }
            finally
            {
                await input.DisposeAsync();
            }

            order.TryComplete();
            work.TryComplete();
        }
        catch (Exception exception)
        {
            // The input failed (or reading was stopped): the results end there with its exception.
            order.TryComplete(exception);
            work.TryComplete(exception);
            throw;
        }

        // Hands a chunk to the reader of the results and the workers; the next cases go into a new one.
        async Task<Chunk<T>> Hand(Chunk<T> chunk)
        {
            await order.WriteAsync(chunk, token).ConfigureAwait(false);
            await work.WriteAsync(chunk, token).ConfigureAwait(false);
            return new Chunk<T>();
        }
    }

    private async Task WorkAsync<T>(ChannelReader<Chunk<T>> work, Func<BatchResult, T> selector, CancellationToken token)
    {
        while (await work.WaitToReadAsync(token).ConfigureAwait(false))
        {
            while (work.TryRead(out var chunk))
            {
                chunk.Run(record => selector(Evaluate(record)));
            }
        }
    }

    /// <summary>
    /// Waits for the reader and the workers to stop. Their exceptions are not thrown again: the one
    /// that matters (the input's, or a failed case's) reached the caller through the results.
    /// </summary>
    private static async Task Settle(Task producer, Task[] consumers) =>
        await Task.WhenAll([producer, .. consumers]).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    /// <summary>The number of cases read and not yet yielded as results; thread-safe.</summary>
    private sealed class Backlog
    {
        private long _count;

        /// <summary>Whether every case read has been yielded.</summary>
        public bool IsEmpty => Interlocked.Read(ref _count) == 0;

        /// <summary>A case was read (before it goes to the workers).</summary>
        public void Read() => Interlocked.Increment(ref _count);

        /// <summary>A case's result is yielded (before the reader of the results has it).</summary>
        public void Yielded() => Interlocked.Decrement(ref _count);
    }

    /// <summary>
    /// A few consecutive cases on their way through the pipeline, evaluated in order by one worker,
    /// which completes the chunk when all are done or one failed.
    /// </summary>
    private sealed class Chunk<T>() : TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        private readonly CaseRecord[] _records = new CaseRecord[CasesPerChunk];
        private System.Runtime.ExceptionServices.ExceptionDispatchInfo? _failure;

        /// <summary>The number of cases in the chunk.</summary>
        public int Count { get; private set; }

        public bool IsFull => Count == CasesPerChunk;

        /// <summary>The results, in the order of the cases: the first <see cref="Evaluated"/> are set once the chunk is complete.</summary>
        public T[] Results { get; } = new T[CasesPerChunk];

        /// <summary>The number of cases evaluated: all of them, or those before the one that failed.</summary>
        public int Evaluated { get; private set; }

        public void Add(CaseRecord record) => _records[Count++] = record;

        /// <summary>Evaluates the cases in order and completes the chunk; an exception (a bug, not a mistake in a case: those are results) stops it at its case.</summary>
        public void Run(Func<CaseRecord, T> evaluate)
        {
            for (var i = 0; i < Count; i++)
            {
                try
                {
                    Results[i] = evaluate(_records[i]);
                    Evaluated++;
                }
#pragma warning disable CA1031 // Not a mistake in the case (those are results): a bug, handed to the reader of the results at this case.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    _failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception);
                    break;
                }
            }

            SetResult();
        }

        /// <summary>Throws the exception of the case that failed, once the results before it are taken.</summary>
        public void ThrowIfFailed() => _failure?.Throw();
    }
}
