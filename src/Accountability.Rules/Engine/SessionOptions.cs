namespace Accountability.Rules.Engine;

/// <summary>Options for a session.</summary>
public sealed record SessionOptions
{
    /// <summary>The default options.</summary>
    public static SessionOptions Default { get; } = new();

    /// <summary>
    /// The most rule firings one call of <see cref="ISession.Fire"/> may make before it stops with a
    /// <see cref="RuleCycleException"/>. Default 10,000; a case under a bundled ruleset needs a few per
    /// fact. <see cref="Evaluation.CaseEvaluator"/> sets it from the size of the case
    /// (<see cref="Evaluation.CaseEvaluator.DefaultMaxFirings"/>) unless it is given.
    /// </summary>
    public int MaxFirings { get; init; } = 10_000;

    /// <summary>
    /// The date whose rules apply: rules whose own period in force does not include it do not fire.
    /// <c>null</c>: every rule applies. Evaluating a case sets it to the decision date.
    /// </summary>
    public NodaTime.LocalDate? AsOf { get; init; }

    /// <summary>Whether the session records firings for <see cref="ISession.Explain"/>. Default on.</summary>
    public bool RecordExplanation { get; init; } = true;
}
