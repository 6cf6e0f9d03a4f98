using System.Collections.Immutable;
using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Data.Batch;

/// <summary>
/// What a batch written as JSON Lines came to (<see cref="BatchEvaluator.WriteJsonLinesAsync"/>):
/// the number of rows, the results by status and by loss tier, and the rows that could not be
/// evaluated. Immutable.
/// </summary>
public sealed class BatchSummary
{
    internal BatchSummary(long rows, ImmutableSortedDictionary<string, long> byStatus, ImmutableSortedDictionary<string, long> byTier, long withoutTier, long errors, ImmutableArray<Diagnostic> firstErrors)
    {
        Rows = rows;
        ByStatus = byStatus;
        ByTier = byTier;
        WithoutTier = withoutTier;
        Errors = errors;
        FirstErrors = firstErrors;
    }

    /// <summary>The most error rows whose diagnostics <see cref="FirstErrors"/> keeps.</summary>
    public const int KeptErrorRows = 10;

    /// <summary>The rows written: one per case of the input, results and error rows.</summary>
    public long Rows { get; }

    /// <summary>The evaluated cases by their result's status, as the JSON writes it (<c>evaluated</c>, <c>outOfScope</c> …).</summary>
    public ImmutableSortedDictionary<string, long> ByStatus { get; }

    /// <summary>The evaluated cases by their loss tier's code (<c>general</c>, <c>larger</c>, <c>major</c> …); cases without a tier are <see cref="WithoutTier"/>.</summary>
    public ImmutableSortedDictionary<string, long> ByTier { get; }

    /// <summary>The evaluated cases whose result has no loss tier.</summary>
    public long WithoutTier { get; }

    /// <summary>The error rows: cases that could not be evaluated.</summary>
    public long Errors { get; }

    /// <summary>The error diagnostics of the first <see cref="KeptErrorRows"/> error rows, in input order (every row's are in the output).</summary>
    public ImmutableArray<Diagnostic> FirstErrors { get; }
}
