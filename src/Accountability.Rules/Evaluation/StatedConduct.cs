using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>A conduct or violation code the case states for a person, with the article that defines it.</summary>
/// <param name="Code">The code, e.g. <c>Y09-06</c> or <c>decisive-role</c>.</param>
/// <param name="Name">The text's words, when the ruleset lists the code.</param>
/// <param name="English">The ruleset's English gloss, when given.</param>
/// <param name="Citation">The article that defines it, when the ruleset gives one.</param>
public sealed record StatedConduct(string Code, string? Name, string? English, Citation? Citation);
