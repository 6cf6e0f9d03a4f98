using System.Runtime.CompilerServices;
using Accountability.Rules.Data.Batch;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Batch;

/// <summary>Runs alone: it measures the heap the batch keeps, which tests running beside it would disturb.</summary>
[CollectionDefinition(nameof(MemoryBudget), DisableParallelization = true)]
public sealed class MemoryBudget;

/// <summary>
/// Constant memory on a large input: the batch reads only a bounded number of cases ahead of the
/// results taken, and the heap it keeps does not grow with the number of cases (a budget, not a timing).
/// </summary>
[Collection(nameof(MemoryBudget))]
public sealed class BatchMemoryTest
{
    private const int Workers = 2;

    // BatchEvaluator holds at most a few chunks per worker; one more chunk is being handed to the
    // consumer and one is being filled.
    private const int MostAhead = ((Workers * BatchEvaluator.ChunksPerWorker) + 2) * BatchEvaluator.CasesPerChunk;

    private const long HeapGrowthBudget = 16L * 1024 * 1024;

    [Fact]
    public async Task EvaluateAsync_LargeStreamedInput_ReadsBoundedAheadAndKeepsTheHeapFlat()
    {
        const int Count = 6_000;
        var texts = Enumerable.Range(0, 14).Select(BatchCases.Line).ToArray();
        var read = new StrongBox<long>();
        var evaluator = new BatchEvaluator(RuleSetCatalog.Bundled, new BatchOptions { MaxDegreeOfParallelism = Workers }, engine: TestEngine.Of);
        long taken = 0, mostAhead = 0, heapAtQuarter = 0, heapAtEnd = 0;

        await foreach (var result in evaluator.EvaluateAsync(BatchCases.Streamed(texts, Count, read)))
        {
            taken++;
            Assert.Equal(taken, result.Line);
            mostAhead = Math.Max(mostAhead, Interlocked.Read(ref read.Value) - taken);
            if (taken == Count / 4)
            {
                heapAtQuarter = GC.GetTotalMemory(forceFullCollection: true);
            }
            else if (taken == Count)
            {
                heapAtEnd = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        Assert.Equal(Count, taken);
        Assert.InRange(mostAhead, 0, MostAhead);
        Assert.True(heapAtEnd - heapAtQuarter < HeapGrowthBudget, $"the heap grew by {(heapAtEnd - heapAtQuarter) / 1024} KB over {Count * 3 / 4} cases (budget {HeapGrowthBudget / 1024} KB)");
    }
}
