namespace Accountability.Rules.Evaluation;

/// <summary>
/// How <see cref="CaseEvaluator"/> evaluates a case: the firing limit and whether the explanation
/// is recorded. The engine is the <see cref="Engine.IRuleSessionFactory"/> given beside the options.
/// Immutable.
/// </summary>
public sealed record EvaluationOptions
{
    /// <summary>The default options: the firing limit follows the size of the case, and the explanation is recorded.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>
    /// The most rule firings the evaluation may make before it stops with a
    /// <see cref="Engine.RuleCycleException"/>; <c>null</c> (the default) for a limit that follows the
    /// size of the case (<see cref="CaseEvaluator.DefaultMaxFirings"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? MaxFirings
    {
        get;
        init
        {
            if (value is { } limit)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(limit, nameof(MaxFirings));
            }

            field = value;
        }
    }

    /// <summary>
    /// Whether the result carries the explanation, one entry per rule firing
    /// (<see cref="CaseResult.Explanation"/>). Default <c>true</c>; <c>false</c> leaves it empty and
    /// saves recording and projecting the firings. Every other part of the result is the same.
    /// </summary>
    public bool Explain { get; init; } = true;
}
