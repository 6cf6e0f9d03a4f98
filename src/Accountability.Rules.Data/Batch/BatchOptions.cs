using Accountability.Rules.Evaluation;
using NodaTime;

namespace Accountability.Rules.Data.Batch;

/// <summary>How a <see cref="BatchEvaluator"/> evaluates its cases. Immutable.</summary>
public sealed record BatchOptions
{
    /// <summary>A decision date that overrides every case's <c>decidedOn</c>; <c>null</c> (the default) for each case's own.</summary>
    public LocalDate? On { get; init; }

    /// <summary>
    /// The firing limit and whether results carry the explanation. The default leaves the explanation
    /// out (<see cref="EvaluationOptions.Explain"/> <c>false</c>): a batch is read for its
    /// conclusions, and recording and projecting every firing costs about a quarter of an evaluation.
    /// </summary>
    public EvaluationOptions Evaluation { get; init; } = new() { Explain = false };

    /// <summary>
    /// How many cases are evaluated at once; <c>null</c> (the default) for one per processor
    /// (<see cref="Environment.ProcessorCount"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int? MaxDegreeOfParallelism
    {
        get;
        init
        {
            if (value is { } degree)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1, nameof(MaxDegreeOfParallelism));
            }

            field = value;
        }
    }
}
