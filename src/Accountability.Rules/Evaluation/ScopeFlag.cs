namespace Accountability.Rules.Evaluation;

/// <summary>A circumstance that puts the matter, or part of it, under other rules.</summary>
/// <param name="Code">The circumstance code, e.g. <c>safety-production-accident</c>.</param>
/// <param name="Name">The circumstance's name in the text, when the ruleset lists it.</param>
/// <param name="Note">Which rules govern instead.</param>
/// <param name="Source">The rule that raised the flag.</param>
/// <param name="Subject">
/// The part of the case the flag concerns (a matter's id), which is left out while the rest is
/// evaluated; <see langword="null"/> when the flag concerns the whole case.
/// </param>
public sealed record ScopeFlag(string Code, string? Name, string Note, Provenance Source, string? Subject);
