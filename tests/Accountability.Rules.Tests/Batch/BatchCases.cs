using System.Runtime.CompilerServices;
using Accountability.Rules.CaseGeneration;
using Accountability.Rules.Data.Batch;
using Accountability.Rules.Data.Catalog;

namespace Accountability.Rules.Tests.Batch;

/// <summary>Batches of generated cases for the batch tests: JSON Lines text, and streams of records made on the fly.</summary>
internal static class BatchCases
{
    private static readonly Lazy<CaseGenerator[]> Generators = new(() =>
        [.. RuleSetCatalog.Bundled.Ids.Select(id => RuleSetCatalog.Bundled.TryGet(id, out var compiled) ? new CaseGenerator(compiled.Definition) : throw new InvalidOperationException(id))]);

    /// <summary>The generated case of seed <paramref name="seed"/>, for the bundled rulesets in turn, as one JSON line.</summary>
    public static string Line(int seed) => Generators.Value[seed % Generators.Value.Length].GenerateJsonLine(seed);

    /// <summary><paramref name="count"/> generated cases as JSON Lines text.</summary>
    public static string JsonLines(int count) => string.Concat(Enumerable.Range(0, count).Select(i => Line(i) + "\n"));

    /// <summary>The records of a JSON Lines text, as the batch reads them.</summary>
    public static IAsyncEnumerable<CaseRecord> Records(string jsonLines, string source = "batch.jsonl") =>
        CaseRecords.ReadJsonLines(new StringReader(jsonLines), source);

    /// <summary>
    /// <paramref name="count"/> records of the cases <paramref name="texts"/> in turn, made as they are
    /// read (nothing of the batch is held beforehand); <paramref name="read"/> counts the records handed out.
    /// </summary>
    public static async IAsyncEnumerable<CaseRecord> Streamed(IReadOnlyList<string> texts, int count, StrongBox<long> read, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Interlocked.Increment(ref read.Value);
            yield return new CaseRecord("streamed.jsonl", i + 1, texts[i % texts.Count]);
            if (i % 64 == 0)
            {
                await Task.Yield();
            }
        }
    }

    /// <summary>
    /// <paramref name="count"/> cases, each after the first only once <paramref name="next"/> is
    /// released: an input that waits for the answer to one case before it gives the next (a
    /// conversation over standard input).
    /// </summary>
    public static async IAsyncEnumerable<CaseRecord> OneAtATime(SemaphoreSlim next, int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= count; i++)
        {
            if (i > 1)
            {
                await next.WaitAsync(cancellationToken);
            }

            yield return new CaseRecord("conversation.jsonl", i, Line(i));
        }
    }

    /// <summary>Every item of an async stream, in order.</summary>
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
