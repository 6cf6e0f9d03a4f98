namespace Accountability.Rules.Evaluation;

/// <summary>
/// A policy of the ruleset a conclusion rests on: an interpretation where the text is silent,
/// shown as policy, not as law. The statement is in <see cref="CaseResult.Policies"/>.
/// </summary>
/// <param name="Id">The policy id, e.g. <c>highest-tier-any-criterion</c>.</param>
/// <param name="Title">The policy's one-line name.</param>
public sealed record PolicyReference(string Id, string Title);
